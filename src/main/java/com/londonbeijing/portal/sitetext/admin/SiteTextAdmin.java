package com.londonbeijing.portal.sitetext.admin;

import java.util.List;
import java.util.Map;

import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.history.ChangeNote;
import com.londonbeijing.portal.history.History;
import com.londonbeijing.portal.history.LastChange;
import com.londonbeijing.portal.history.RevisionEntry;
import com.londonbeijing.portal.sitetext.SiteText;
import com.londonbeijing.portal.sitetext.SiteTextRepository;
import com.londonbeijing.portal.support.EditConflictException;
import com.londonbeijing.portal.support.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editing the site's free-standing texts (the home introduction, section introductions).
 * Their keys are fixed by the templates that show them, so texts are edited, never added
 * or deleted here; saving works like the other content (optimistic locking, history,
 * cached pages cleared on commit).
 */
@Service
public class SiteTextAdmin {

	private final SiteTextRepository texts;

	private final History history;

	private final TransactionTemplate transaction;

	private final ContentVersion contentVersion;

	SiteTextAdmin(SiteTextRepository texts, History history, TransactionTemplate transaction,
			ContentVersion contentVersion) {
		this.texts = texts;
		this.history = history;
		this.transaction = transaction;
		this.contentVersion = contentVersion;
	}

	/** Every text, by key. */
	public List<SiteText> list() {
		return this.transaction.execute((status) -> this.texts.findAllByOrderByKeyAsc());
	}

	/**
	 * The latest change to each text, for the list.
	 * @param texts the texts listed
	 * @return the latest change by key
	 */
	public Map<Object, LastChange> lastChanges(List<SiteText> texts) {
		return this.history.lastChanges(SiteText.class, texts.stream().map(SiteText::getKey).toList());
	}

	/** The form for a text. */
	public SiteTextForm form(String key) {
		return this.transaction.execute((status) -> SiteTextForm.of(find(key)));
	}

	/**
	 * Saves an edited text.
	 * @throws EditConflictException if someone else saved it since the form was opened
	 */
	public void save(SiteTextForm form) {
		try {
			ChangeNote.during(form.getChangeNote(), () -> this.transaction.execute((status) -> {
				this.contentVersion.changing();
				SiteText text = find(form.getKey());
				if (form.getVersion() == null || text.getVersion() != form.getVersion()) {
					throw new EditConflictException();
				}
				form.applyTo(text);
				return text.getKey();
			}));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new EditConflictException();
		}
	}

	/** A text's revisions, newest first. */
	public List<RevisionEntry> history(String key) {
		return this.history.of(SiteText.class, key, (text) -> SiteTextForm.of(text).fields());
	}

	/** The stored text's values by field, for a conflict. */
	public Map<String, String> currentFields(String key) {
		return this.transaction.execute((status) -> SiteTextForm.of(find(key)).fields());
	}

	/** The stored text's version, so an editor can knowingly save over it. */
	public long currentVersion(String key) {
		return this.transaction.execute((status) -> find(key).getVersion());
	}

	private SiteText find(String key) {
		return this.texts.findById(key).orElseThrow(() -> new NotFoundException("Site text"));
	}

}
