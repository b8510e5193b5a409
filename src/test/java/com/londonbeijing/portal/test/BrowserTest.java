package com.londonbeijing.portal.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole-application test ({@link PortalIntegrationTest}, so it shares the cached
 * context) driven through Debian's headless Chromium. Test methods, {@code @BeforeEach}
 * methods and constructors take a {@link Browser} parameter; one browser is started per
 * test class. Tagged {@code browser}, so it runs only with
 * {@code ./mvnw verify -Pbrowser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
