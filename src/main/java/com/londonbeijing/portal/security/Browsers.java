package com.londonbeijing.portal.security;

/**
 * Names a browser and its system from a User-Agent header, in a few words ("Firefox on
 * Windows"), for the sessions page. Only the common ones are told apart; anything else is
 * "a browser".
 */
final class Browsers {

	private Browsers() {
	}

	static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "Unknown browser";
		}
		String browser = userAgent.contains("Edg/") ? "Edge"
				: userAgent.contains("Firefox/") ? "Firefox"
						: (userAgent.contains("Chrome/") || userAgent.contains("Chromium/")) ? "Chrome"
								: userAgent.contains("Safari/") ? "Safari" : null;
		String system = userAgent.contains("Windows") ? "Windows"
				: (userAgent.contains("iPhone") || userAgent.contains("iPad")) ? "iOS" : userAgent.contains("Android")
						? "Android"
						: userAgent.contains("Mac OS X") ? "macOS" : userAgent.contains("Linux") ? "Linux" : null;
		if (browser == null) {
			String cut = (userAgent.length() > 60) ? userAgent.substring(0, 60) + "…" : userAgent;
			return cut.replaceAll("\\p{Cntrl}", "?");
		}
		return (system != null) ? browser + " on " + system : browser;
	}

}
