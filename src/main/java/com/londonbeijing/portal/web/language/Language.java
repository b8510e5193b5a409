package com.londonbeijing.portal.web.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The two languages of the public site. The address alone decides which one a page is in:
 * English at {@code /areas}, Simplified Chinese at {@code /zh/areas}. So a page can be
 * shared and indexed in either language, and anything keyed by the address (browser
 * caches, ETags, a page cache) never mixes the two.
 */
public enum Language {

	ENGLISH(Locale.UK, "en-GB", ""), CHINESE(Locale.SIMPLIFIED_CHINESE, "zh-CN", "/zh");

	/**
	 * Request attribute holding the page's {@link Language}, set by
	 * {@link LanguageFilter}.
	 */
	public static final String ATTRIBUTE = Language.class.getName();

	/**
	 * Request attribute holding the page's path and query without the language prefix,
	 * kept so an error page can still link to the same address in the other language.
	 */
	static final String PATH_ATTRIBUTE = Language.class.getName() + ".path";

	private final Locale locale;

	private final String tag;

	private final String prefix;

	Language(Locale locale, String tag, String prefix) {
		this.locale = locale;
		this.tag = tag;
		this.prefix = prefix;
	}

	public Locale locale() {
		return this.locale;
	}

	/** The BCP 47 tag for {@code lang} and {@code hreflang}. */
	public String tag() {
		return this.tag;
	}

	/** The path prefix of its pages: empty for English, {@code /zh} for Chinese. */
	public String prefix() {
		return this.prefix;
	}

	public boolean isChinese() {
		return this == CHINESE;
	}

	/** The site path (starting with {@code /}) of a page in this language. */
	public String path(String pathAndQuery) {
		if (this.prefix.isEmpty()) {
			return pathAndQuery;
		}
		return (pathAndQuery.equals("/") || pathAndQuery.startsWith("/?")) ? this.prefix + pathAndQuery.substring(1)
				: this.prefix + pathAndQuery;
	}

	/** The language of the page a request is for; English unless the filter said so. */
	public static Language of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof Language language) ? language : ENGLISH;
	}

}
