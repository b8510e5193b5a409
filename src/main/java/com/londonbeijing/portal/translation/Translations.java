package com.londonbeijing.portal.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The Chinese versions of what visitors read. A translation remembers a hash of the
 * English it was made from, so a change to the English makes it "out of date" without
 * anyone having to remember to flag it.
 * <p>
 * Templates show content through {@link #of}: on a Chinese page it gives the Chinese
 * where there is one, otherwise the English marked {@code lang="en"}. It reads each
 * kind's translations once per request, and not at all on English pages.
 */
@Service("translations")
public class Translations {

	/** The one language content is translated into so far. */
	public static final String CHINESE = "zh-CN";

	private static final String MEMO = Translations.class.getName() + ".";

	private final JdbcClient jdbc;

	/** Looked up when needed: the kinds' admin services use this service too. */
	private final ObjectProvider<TranslatableItems> kinds;

	Translations(JdbcClient jdbc, ObjectProvider<TranslatableItems> kinds) {
		this.jdbc = jdbc;
		this.kinds = kinds;
	}

	/** Translations without a database: every page shows the English. */
	static Translations none() {
		return new Translations(null, null);
	}

	/**
	 * What to show for a field on the current page.
	 * @param kind the kind of item
	 * @param id the item's id
	 * @param field the field name
	 * @param english the field's English
	 * @return the text in the page's language if there is one, else the English
	 */
	public Shown of(String kind, Long id, String field, String english) {
		if (!"zh".equals(LocaleContextHolder.getLocale().getLanguage()) || id == null || english == null
				|| english.isBlank() || this.jdbc == null) {
			return new Shown(english, null, false);
		}
		String chinese = ofKind(kind).get(id + "/" + field);
		return (chinese != null) ? new Shown(chinese, null, false) : new Shown(english, "en", true);
	}

	/**
	 * Whether any row of a list shows in English on the current page, for one note above
	 * the list rather than one per row.
	 * @param kind the kind of item
	 * @param id the item's id
	 * @param field the rows' field name, numbered from 0 ({@code benefit} gives
	 * {@code benefit0}, {@code benefit1}...)
	 * @param english the rows' English
	 * @return whether a row falls back to English
	 */
	public boolean anyUntranslated(String kind, Long id, String field, List<String> english) {
		for (int i = 0; i < english.size(); i++) {
			if (of(kind, id, field + i, english.get(i)).untranslated()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The Chinese of an item's fields, by field name.
	 * @param kind the kind of item
	 * @param id the item's id
	 * @return the stored translations
	 */
	public Map<String, String> chinese(String kind, long id) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Stored stored : stored(kind, id).values()) {
			texts.put(stored.field(), stored.text());
		}
		return texts;
	}

	/**
	 * The status of each translatable field of an item (fields without English have
	 * nothing to translate and are left out).
	 * @param kind the kind of item
	 * @param id the item's id
	 * @param english the item's English by field
	 * @return the status by field, in the order of {@code english}
	 */
	public Map<String, TranslationStatus> status(String kind, long id, Map<String, String> english) {
		return status(english, stored(kind, id));
	}

	/**
	 * Saves the Chinese typed beside an item's English, in the caller's transaction. A
	 * translation that was not changed keeps the hash of the English it was made from, so
	 * that it goes out of date when only the English changed; a blank one is removed.
	 * @param kind the kind of item
	 * @param id the item's id
	 * @param english the item's English by field, as saved
	 * @param chinese the Chinese by field, as typed
	 */
	public void save(String kind, long id, Map<String, String> english, Map<String, String> chinese) {
		Map<String, Stored> stored = stored(kind, id);
		for (Stored old : stored.values()) {
			if (isBlank(english.get(old.field()))) {
				delete(kind, id, old.field()); // the field (or list row) is gone
			}
		}
		for (Map.Entry<String, String> field : english.entrySet()) {
			if (isBlank(field.getValue())) {
				continue;
			}
			String text = (chinese != null) ? chinese.get(field.getKey()) : null;
			Stored old = stored.get(field.getKey());
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

	/** Every translatable item with its counts, kind by kind, for the admin overview. */
	public List<ItemSummary> overview() {
		Map<String, Map<String, Stored>> all = new HashMap<>();
		this.jdbc.sql("SELECT kind, item_id, field, text, source_hash FROM translation WHERE locale = ?")
			.param(CHINESE)
			.query((rs,
					row) -> new Object[] { rs.getString(1) + "/" + rs.getLong(2),
							new Stored(rs.getString(3), rs.getString(4), rs.getString(5)) })
			.list()
			.forEach((pair) -> all.computeIfAbsent((String) pair[0], (k) -> new HashMap<>())
				.put(((Stored) pair[1]).field(), (Stored) pair[1]));
		List<ItemSummary> summaries = new ArrayList<>();
		List<TranslatableItems> sorted = new ArrayList<>(this.kinds.orderedStream().toList());
		sorted.sort(Comparator.comparing(TranslatableItems::translationKind));
		for (TranslatableItems kind : sorted) {
			for (TranslatableItems.Item item : kind.translatableItems()) {
				Map<String, TranslationStatus> status = status(item.english(),
						all.getOrDefault(kind.translationKind() + "/" + item.id(), Map.of()));
				Map<TranslationStatus, Integer> counts = new EnumMap<>(TranslationStatus.class);
				for (TranslationStatus s : TranslationStatus.values()) {
					counts.put(s, 0);
				}
				status.values().forEach((s) -> counts.merge(s, 1, Integer::sum));
				summaries.add(new ItemSummary(kind.kindMessage(), item.label(), item.editPath(), CHINESE,
						counts.get(TranslationStatus.TRANSLATED), counts.get(TranslationStatus.OUT_OF_DATE),
						counts.get(TranslationStatus.MISSING)));
			}
		}
		return summaries;
	}

	/** SHA-256 of an English text, in hex, as kept in {@code translation.source_hash}. */
	public static String hash(String english) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(english.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, TranslationStatus> status(Map<String, String> english, Map<String, Stored> stored) {
		Map<String, TranslationStatus> status = new LinkedHashMap<>();
		english.forEach((field, text) -> {
			if (!isBlank(text)) {
				Stored translation = stored.get(field);
				if (translation == null) {
					status.put(field, TranslationStatus.MISSING);
				}
				else {
					boolean current = Objects.equals(translation.sourceHash(), hash(text));
					status.put(field, current ? TranslationStatus.TRANSLATED : TranslationStatus.OUT_OF_DATE);
				}
			}
		});
		return status;
	}

	private Map<String, Stored> stored(String kind, long id) {
		Map<String, Stored> stored = new LinkedHashMap<>();
		this.jdbc.sql("SELECT field, text, source_hash FROM translation WHERE kind = ? AND item_id = ? AND locale = ?")
			.params(kind, id, CHINESE)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach((s) -> stored.put(s.field(), s));
		return stored;
	}

	private void delete(String kind, long id, String field) {
		this.jdbc.sql("DELETE FROM translation WHERE kind = ? AND item_id = ? AND field = ? AND locale = ?")
			.params(kind, id, field, CHINESE)
			.update();
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> ofKind(String kind) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Map<String, String> memo = (request != null)
				? (Map<String, String>) request.getAttribute(MEMO + kind, RequestAttributes.SCOPE_REQUEST) : null;
		if (memo == null) {
			memo = new HashMap<>();
			for (Object[] row : this.jdbc
				.sql("SELECT item_id, field, text FROM translation WHERE kind = ? AND locale = ?")
				.params(kind, CHINESE)
				.query((rs, n) -> new Object[] { rs.getLong(1) + "/" + rs.getString(2), rs.getString(3) })
				.list()) {
				memo.put((String) row[0], (String) row[1]);
			}
			if (request != null) {
				request.setAttribute(MEMO + kind, memo, RequestAttributes.SCOPE_REQUEST);
			}
		}
		return memo;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * A field as a page shows it.
	 *
	 * @param text the text to show
	 * @param lang the {@code lang} to mark it with when it is not in the page's language,
	 * else {@code null}
	 * @param untranslated whether it is the English standing in for a missing translation
	 */
	public record Shown(String text, String lang, boolean untranslated) {
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

	private record Stored(String field, String text, String sourceHash) {
	}

}
