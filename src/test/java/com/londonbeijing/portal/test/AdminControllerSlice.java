package com.londonbeijing.portal.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.sitetext.SiteTexts;
import com.londonbeijing.portal.support.Markdown;
import com.londonbeijing.portal.web.SiteUrls;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@code @WebMvcTest} slice of admin content controllers: the controller with its
 * editor replaced by a {@code @MockitoBean} in the test, the real templates, and what the
 * admin layout needs (the Thymeleaf dialects' {@link Markdown}, {@link SiteUrls},
 * {@link PortalProperties}, site texts). Without the security filters: these tests are
 * about parameters, status, view and model; who may reach the pages is checked against
 * the real filter chain by the whole-application tests
 * ({@code security/AccountSecurityTests}, {@code editing/ContentEditingTests}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@Import({ Markdown.class, SiteUrls.class })
@EnableConfigurationProperties(PortalProperties.class)
@MockitoBean(types = SiteTexts.class)
public @interface AdminControllerSlice {

	/** The controllers to test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
