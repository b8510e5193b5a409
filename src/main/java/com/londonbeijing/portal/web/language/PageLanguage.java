package com.londonbeijing.portal.web.language;

/**
 * The language of a page and its addresses in both languages.
 *
 * @param current the page's language
 * @param contextPath the application's context path
 * @param path the page's path and query without language prefix
 * @param origin scheme, host and context path, for absolute addresses
 */
public record PageLanguage(Language current, String contextPath, String path, String origin) {

	/** Only a path of this site ever becomes a link: anything else links home. */
	public PageLanguage {
		if (path == null || !LanguageFilter.isSafe(path)) {
			path = "/";
		}
	}

	/** The {@code lang} of the page. */
	public String tag() {
		return this.current.tag();
	}

	public boolean chinese() {
		return this.current.isChinese();
	}

	/** The other language, that the switch offers. */
	public Language other() {
		return this.current.isChinese() ? Language.ENGLISH : Language.CHINESE;
	}

	/** The same page in the other language, site-relative. */
	public String switchUrl() {
		return this.contextPath + other().path(this.path);
	}

	public String englishUrl() {
		return this.origin + Language.ENGLISH.path(this.path);
	}

	public String chineseUrl() {
		return this.origin + Language.CHINESE.path(this.path);
	}

}
