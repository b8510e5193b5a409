package com.londonbeijing.portal.meeting.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import com.londonbeijing.portal.meeting.Statement;
import com.londonbeijing.portal.meeting.Topic;
import com.londonbeijing.portal.support.RowKeys;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One editable statement of a meeting: who made it (a participant's key, or
 * {@link #BOTH_SIDES}), what was said, and its topics as names separated by commas. A
 * stored statement is known by its id; a new one by a key of its own until it is saved,
 * so the Chinese typed for it stays with it when rows move.
 */
public class StatementRow {

	/** The speaker value of a statement both sides made or discussed together. */
	public static final String BOTH_SIDES = "both";

	private Long id;

	@Size(max = 20)
	private String draft = RowKeys.next();

	@NotBlank(message = "{admin.meetings.validation.speaker}")
	private String speaker;

	@NotBlank
	@Size(max = 2000)
	private String text;

	@Size(max = 1000)
	private String topics;

	public StatementRow() {
	}

	static StatementRow of(Statement statement) {
		StatementRow row = new StatementRow();
		row.id = statement.getId();
		row.speaker = (statement.getParticipant() != null) ? ParticipantRow.keyOf(statement.getParticipant())
				: BOTH_SIDES;
		row.text = statement.getText();
		row.topics = statement.getTopics().stream().map(Topic::getName).sorted().collect(Collectors.joining(", "));
		return row;
	}

	/** The topic names typed, trimmed, without blanks or repeats, in the order typed. */
	List<String> topicNames() {
		if (this.topics == null) {
			return List.of();
		}
		LinkedHashMap<String, String> names = new LinkedHashMap<>();
		Arrays.stream(this.topics.split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.forEach((name) -> names.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name));
		return new ArrayList<>(names.values());
	}

	/** Where the form keeps the Chinese of the text (see the class comment). */
	public String getTextField() {
		return "statement" + ((this.id != null) ? this.id : "New" + this.draft);
	}

	public String getDraft() {
		return this.draft;
	}

	public void setDraft(String draft) {
		this.draft = draft;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getSpeaker() {
		return this.speaker;
	}

	public void setSpeaker(String speaker) {
		this.speaker = speaker;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getTopics() {
		return this.topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}

}
