package com.londonbeijing.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.nayuki.qrcodegen.QrCode;

/**
 * Draws a QR code as an SVG image on the server (with Nayuki's QR Code generator), so
 * that enrolment needs no script and no outside service. One path of unit squares, with a
 * quiet zone of four modules, black on white whatever the colour scheme (scanners need
 * the contrast).
 */
final class QrCodeSvg {

	private static final int BORDER = 4;

	private QrCodeSvg() {
	}

	/**
	 * A QR code as a {@code data:} address for an {@code <img>} (the page's content
	 * security policy allows {@code data:} images), so no markup is inserted unescaped.
	 * @param text what the code holds
	 * @return {@code data:image/svg+xml;base64,...}
	 */
	static String dataUri(String text) {
		return "data:image/svg+xml;base64,"
				+ Base64.getEncoder().encodeToString(of(text).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The SVG document of a QR code for a text.
	 * @param text what the code holds
	 * @return an {@code <svg>} element
	 */
	static String of(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int size = qr.size + BORDER * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
				+ path + "\" fill=\"#000\"/></svg>";
	}

}
