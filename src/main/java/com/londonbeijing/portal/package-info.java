/**
 * The London–Beijing Cooperation Portal: a server-rendered site about UK–China
 * cooperation, with a login-protected admin. Each sub-package is one feature; cross-
 * cutting code lives in {@code web}, {@code database}, {@code security} and {@code
 * support}.
 */
package com.londonbeijing.portal;
