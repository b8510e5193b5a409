package com.londonbeijing.portal.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.security.SliceSecurity;
import com.londonbeijing.portal.support.Markdown;
import com.londonbeijing.portal.web.SiteUrls;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * An MVC slice of one public controller: its parameter handling, status and view, with
 * its services replaced by {@code @MockitoBean}s in the test. The slice gets the beans
 * every page's rendering needs ({@link Markdown} for the {@code #markdown} dialect,
 * {@link SiteUrls} for canonical addresses, {@link PortalProperties}) and runs behind the
 * application's security filter chains ({@link SliceSecurity}), so its headers and rules
 * apply; languages and the database are the whole-application tests' part
 * ({@link PortalIntegrationTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@AutoConfigureMockMvc
@Import({ Markdown.class, SiteUrls.class, SliceSecurity.class })
@EnableConfigurationProperties(PortalProperties.class)
public @interface PortalWebMvcTest {

	/**
	 * The controllers to test.
	 * @return the controllers
	 */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
