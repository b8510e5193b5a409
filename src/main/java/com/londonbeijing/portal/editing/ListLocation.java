package com.londonbeijing.portal.editing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Where an editor goes back to after saving or deleting: the admin list as they left it
 * (search, sort, page). The list's address travels through the form as a {@code back}
 * parameter, which anyone can forge; so it is never used as given, only read for those
 * three parameters and rebuilt on the list's own path. A redirect can therefore lead
 * nowhere but to the kind's own list.
 */
public final class ListLocation {

	private static final List<String> KEPT = List.of("q", "sort", "page");

	private static final int MAX_VALUE_LENGTH = 200;

	private ListLocation() {
	}

	/**
	 * The list address to go back to.
	 * @param listPath the kind's list, e.g. {@code /admin/areas}
	 * @param back the {@code back} parameter as sent, may be {@code null} or anything
	 * @return {@code listPath} with the search, sort and page that {@code back} held, if
	 * it was an address of that list; otherwise {@code listPath} alone
	 */
	public static String of(String listPath, String back) {
		if (back == null || back.isBlank() || back.length() > 1000) {
			return listPath;
		}
		UriComponents given;
		boolean encoded = true;
		try {
			given = UriComponentsBuilder.fromUriString(back).build(true);
		}
		catch (IllegalArgumentException notEncoded) {
			// Typed by hand rather than copied from the list's links.
			encoded = false;
			try {
				given = UriComponentsBuilder.fromUriString(back).build();
			}
			catch (IllegalArgumentException ex) {
				return listPath;
			}
		}
		if (given.getScheme() != null || given.getHost() != null || !listPath.equals(given.getPath())) {
			return listPath;
		}
		MultiValueMap<String, String> parameters = given.getQueryParams();
		UriComponentsBuilder rebuilt = UriComponentsBuilder.fromPath(listPath);
		for (String name : KEPT) {
			String value = parameters.getFirst(name);
			if (value != null && !value.isEmpty()) {
				String decoded = encoded ? decode(value) : value;
				if (decoded != null && decoded.length() <= MAX_VALUE_LENGTH) {
					rebuilt.queryParam(name, decoded);
				}
			}
		}
		return rebuilt.encode().toUriString();
	}

	/**
	 * The address of a list page with its search, sort and page, to pass on as
	 * {@code back}.
	 * @param listPath the kind's list
	 * @param query the search, may be {@code null}
	 * @param sort the sort key, may be {@code null}
	 * @param page the page number from 1
	 * @return the address, encoded
	 */
	public static String here(String listPath, String query, String sort, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(listPath);
		if (query != null) {
			builder.queryParam("q", query);
		}
		if (sort != null) {
			builder.queryParam("sort", sort);
		}
		if (page > 1) {
			builder.queryParam("page", page);
		}
		return builder.encode().toUriString();
	}

	private static String decode(String value) {
		try {
			return UriUtils.decode(value.replace('+', ' '), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
