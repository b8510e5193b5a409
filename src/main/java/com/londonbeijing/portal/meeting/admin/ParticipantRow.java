package com.londonbeijing.portal.meeting.admin;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import com.londonbeijing.portal.meeting.Participant;
import com.londonbeijing.portal.meeting.Side;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One editable participant of a meeting. Its key names it for the statements of the same
 * form (which say who spoke) while rows are added, removed and moved: a stored
 * participant's key is {@code p} and its id, a new one's a random {@code n…}.
 */
public class ParticipantRow {

	@NotBlank
	@Pattern(regexp = "[pn][0-9a-f]{1,19}")
	private String key;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 300)
	private String office;

	@NotNull
	private Side side;

	/** An empty row, with a new key. */
	public ParticipantRow() {
		this.key = "n" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
	}

	static ParticipantRow of(Participant participant) {
		ParticipantRow row = new ParticipantRow();
		row.key = keyOf(participant);
		row.name = participant.getName();
		row.office = participant.getOffice();
		row.side = participant.getSide();
		return row;
	}

	static String keyOf(Participant participant) {
		return "p" + participant.getId();
	}

	/** The id of the stored participant this row edits, or {@code null} for a new one. */
	Long storedId() {
		if (this.key != null && this.key.startsWith("p")) {
			try {
				return Long.valueOf(this.key.substring(1));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Where the form keeps the Chinese of the office: under the stored participant's
	 * translation field, or under the row's key until it is saved.
	 */
	public String getOfficeField() {
		Long stored = storedId();
		return "participantOffice" + ((stored != null) ? stored : this.key);
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOffice() {
		return this.office;
	}

	public void setOffice(String office) {
		this.office = office;
	}

	public Side getSide() {
		return this.side;
	}

	public void setSide(Side side) {
		this.side = side;
	}

	@Override
	public String toString() {
		return this.name + " | " + this.office + " | " + this.side;
	}

}
