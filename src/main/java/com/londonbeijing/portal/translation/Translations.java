package com.londonbeijing.portal.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Chinese versions of what visitors read. A translation remembers a hash of the
 * English it was made from, so a change to the English makes it "out of date" without
 * anyone having to remember to flag it.
 * <p>
 * Pages get their texts from {@link #shown}, read with the rest of the page's data in a
 * read-only transaction (so from the read replica where there is one) before the page
 * renders; English pages read nothing. The admin forms and the overview read and save
 * through the other methods, on the primary.
 */
@Service
public class Translations {

	/** The one language content is translated into so far. */
	public static final String CHINESE = "zh-CN";

	/** Items per page of the admin overview. */
	public static final int OVERVIEW_PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	/** The kinds of content, in the order the overview lists them. */
	private final List<TranslatableItems> kinds;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate readWrite;

	/**
	 * Flushes an item's changes before its translations are saved, so new rows have ids.
	 */
	private final EntityManager entityManager;

	/** Translates what a flush throws as the transaction manager would at commit. */
	private final HibernateJpaDialect exceptions = new HibernateJpaDialect();

	Translations(JdbcClient jdbc, List<TranslatableItems> kinds, PlatformTransactionManager transactions,
			EntityManager entityManager) {
		this.jdbc = jdbc;
		this.kinds = kinds.stream().sorted(Comparator.comparing(TranslatableItems::translationKind)).toList();
		this.readWrite = new TransactionTemplate(transactions);
		this.entityManager = entityManager;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The texts of a page's items as a page in a language shows them: one query per kind
	 * of item, in a read-only transaction; none at all for a language content is not
	 * translated into.
	 * @param language the page's language
	 * @param page the items the page shows
	 * @return the texts to show
	 */
	public ShownTexts shown(Locale language, PageItems page) {
		String locale = language.toLanguageTag();
		if (!CHINESE.equals(locale)) {
			return ShownTexts.asWritten();
		}
		Map<String, Map<String, StoredTranslation>> items = new HashMap<>();
		this.readOnly.executeWithoutResult((status) -> page.idsByKind()
			.forEach((kind, ids) -> stored(kind, ids).forEach((id, stored) -> items.put(kind + "/" + id, stored))));
		Set<String> outOfDate = new HashSet<>();
		Translatable subject = page.subject();
		if (subject != null && anyOutOfDate(subject.translatableTexts(), items.get(ShownTexts.key(subject)))) {
			outOfDate.add(ShownTexts.key(subject));
		}
		return new ShownTexts(true, items, outOfDate);
	}

	private static boolean anyOutOfDate(Map<String, String> english, Map<String, StoredTranslation> stored) {
		return status(english, stored).containsValue(TranslationStatus.OUT_OF_DATE);
	}

	/**
	 * The Chinese of an item's texts, by field.
	 * @param item the item
	 * @return the stored translations
	 */
	public Map<String, String> chinese(Translatable item) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (StoredTranslation stored : stored(item.translationKind(), item.getId()).values()) {
			texts.put(stored.field(), stored.text());
		}
		return texts;
	}

	/**
	 * The status of each translatable text of an item (texts the item lacks have nothing
	 * to translate and are left out).
	 * @param item the item, with its lists loaded
	 * @return the status by field, in the item's order
	 */
	public Map<String, TranslationStatus> status(Translatable item) {
		return status(item.translatableTexts(), stored(item.translationKind(), item.getId()));
	}

	/**
	 * Saves the Chinese typed beside an item's English, in the caller's transaction,
	 * after the item's own changes. A translation that was not changed keeps the hash of
	 * the English it was made from, so that it goes out of date when only the English
	 * changed; a blank one is removed, and so are the translations of texts and rows the
	 * item no longer has.
	 * <p>
	 * A form names the rows it added by keys of its own, as their ids are given only when
	 * they are stored: the item's changes are flushed first, and since a save keeps the
	 * form's rows in their order, the n-th text of the form is the n-th text of the item
	 * as saved.
	 * @param item the item as saved
	 * @param typed the English by field as the form named it, in the item's order
	 * @param chinese the Chinese by the form's fields
	 */
	public void save(Translatable item, Map<String, String> typed, Map<String, String> chinese) {
		try {
			this.entityManager.flush();
		}
		catch (RuntimeException ex) {
			DataAccessException translated = this.exceptions.translateExceptionIfPossible(ex);
			throw (translated != null) ? translated : ex;
		}
		Map<String, String> english = item.translatableTexts();
		List<String> typedFields = new ArrayList<>(typed.keySet());
		List<String> savedFields = new ArrayList<>(english.keySet());
		boolean inStep = typedFields.size() == savedFields.size();
		Map<String, String> byField = new HashMap<>();
		for (int i = 0; i < savedFields.size(); i++) {
			String text = chinese.get(inStep ? typedFields.get(i) : savedFields.get(i));
			if (text != null) {
				byField.put(savedFields.get(i), text);
			}
		}
		save(item.translationKind(), item.getId(), english, byField);
	}

	private void save(String kind, long id, Map<String, String> english, Map<String, String> chinese) {
		Map<String, StoredTranslation> stored = stored(kind, id);
		for (StoredTranslation old : stored.values()) {
			if (isBlank(english.get(old.field()))) {
				delete(kind, id, old.field()); // the field (or list row) is gone
			}
		}
		for (Map.Entry<String, String> field : english.entrySet()) {
			if (isBlank(field.getValue())) {
				continue;
			}
			String text = chinese.get(field.getKey());
			StoredTranslation old = stored.get(field.getKey());
			if (isBlank(text)) {
				if (old != null) {
					delete(kind, id, field.getKey());
				}
			}
			else if (old == null || !old.text().equals(text.strip())) {
				this.jdbc.sql("""
						INSERT INTO translation (kind, item_id, field, locale, text, source_hash, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, now())
						ON CONFLICT (kind, item_id, field, locale)
						DO UPDATE SET text = EXCLUDED.text, source_hash = EXCLUDED.source_hash, updated_at = now()
						""").params(kind, id, field.getKey(), CHINESE, text.strip(), hash(field.getValue())).update();
			}
		}
	}

	/**
	 * One page of the admin overview: every translatable item, kind by kind, each with
	 * its counts of translated, out-of-date and missing texts. Reads only the page's
	 * items and their translations, on the primary (an editor who just saved sees it
	 * counted). A page past the end gives the last page.
	 * @param pageIndex the page, from 0
	 * @return the page
	 */
	public Page<ItemSummary> overview(int pageIndex) {
		return this.readWrite.execute((status) -> {
			List<Long> counts = this.kinds.stream().map(TranslatableItems::count).toList();
			long total = counts.stream().mapToLong(Long::longValue).sum();
			int lastPage = (int) Math.max(0, (total - 1) / OVERVIEW_PAGE_SIZE);
			int index = Math.min(pageIndex, lastPage);
			long offset = (long) index * OVERVIEW_PAGE_SIZE;
			List<ItemSummary> summaries = new ArrayList<>();
			long kindStart = 0;
			for (int k = 0; k < this.kinds.size(); k++) {
				long kindEnd = kindStart + counts.get(k);
				long from = Math.max(offset, kindStart);
				long to = Math.min(offset + OVERVIEW_PAGE_SIZE, kindEnd);
				if (from < to) {
					summaries.addAll(summaries(this.kinds.get(k), from - kindStart, (int) (to - from)));
				}
				kindStart = kindEnd;
			}
			return new PageImpl<>(summaries, PageRequest.of(index, OVERVIEW_PAGE_SIZE), total);
		});
	}

	private List<ItemSummary> summaries(TranslatableItems kind, long offset, int limit) {
		List<TranslatableItems.Item> items = kind.items(offset, limit);
		Map<Long, Map<String, StoredTranslation>> stored = stored(kind.translationKind(),
				items.stream().map(TranslatableItems.Item::id).toList());
		List<ItemSummary> summaries = new ArrayList<>();
		for (TranslatableItems.Item item : items) {
			Map<TranslationStatus, Integer> counts = new EnumMap<>(TranslationStatus.class);
			for (TranslationStatus s : TranslationStatus.values()) {
				counts.put(s, 0);
			}
			status(item.english(), stored.get(item.id())).values().forEach((s) -> counts.merge(s, 1, Integer::sum));
			summaries.add(new ItemSummary(kind.kindMessage(), item.label(), item.editPath(), CHINESE,
					counts.get(TranslationStatus.TRANSLATED), counts.get(TranslationStatus.OUT_OF_DATE),
					counts.get(TranslationStatus.MISSING)));
		}
		return summaries;
	}

	/** SHA-256 of an English text, in hex, as kept in {@code translation.source_hash}. */
	public static String hash(String english) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(english.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, TranslationStatus> status(Map<String, String> english,
			Map<String, StoredTranslation> stored) {
		Map<String, TranslationStatus> status = new LinkedHashMap<>();
		english.forEach((field, text) -> {
			if (!isBlank(text)) {
				StoredTranslation translation = stored.get(field);
				if (translation == null) {
					status.put(field, TranslationStatus.MISSING);
				}
				else {
					status.put(field, translation.translates(text) ? TranslationStatus.TRANSLATED
							: TranslationStatus.OUT_OF_DATE);
				}
			}
		});
		return status;
	}

	/** The translations of some items of one kind, by item and field: one query. */
	private Map<Long, Map<String, StoredTranslation>> stored(String kind, Collection<Long> ids) {
		Map<Long, Map<String, StoredTranslation>> stored = new HashMap<>();
		ids.forEach((id) -> stored.put(id, new HashMap<>()));
		this.jdbc
			.sql("SELECT item_id, field, text, source_hash FROM translation "
					+ "WHERE kind = ? AND locale = ? AND item_id = ANY(?)")
			.params(kind, CHINESE, ids.toArray(Long[]::new))
			.query((rs, row) -> stored.get(rs.getLong(1))
				.put(rs.getString(2), new StoredTranslation(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list();
		return stored;
	}

	private Map<String, StoredTranslation> stored(String kind, long id) {
		Map<String, StoredTranslation> stored = new LinkedHashMap<>();
		this.jdbc.sql("SELECT field, text, source_hash FROM translation WHERE kind = ? AND item_id = ? AND locale = ?")
			.params(kind, id, CHINESE)
			.query((rs, row) -> new StoredTranslation(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach((s) -> stored.put(s.field(), s));
		return stored;
	}

	private void delete(String kind, long id, String field) {
		this.jdbc.sql("DELETE FROM translation WHERE kind = ? AND item_id = ? AND field = ? AND locale = ?")
			.params(kind, id, field, CHINESE)
			.update();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * One row of the admin overview: an item in one language, with its field counts.
	 *
	 * @param kindMessage message key of the item's kind
	 * @param label the item's name or title
	 * @param editPath its admin form, or {@code null}
	 * @param locale the language
	 * @param translated fields translated from the current English
	 * @param outOfDate fields whose English changed after translating
	 * @param missing fields without translation
	 */
	public record ItemSummary(String kindMessage, String label, String editPath, String locale, int translated,
			int outOfDate, int missing) {
	}

}
