package com.londonbeijing.portal.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.editing.EditingMarks;
import com.londonbeijing.portal.editing.Editorial;
import com.londonbeijing.portal.security.SliceSecurity;
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
 * {@link PortalProperties}, site texts, who may publish ({@link Editorial}); who else is
 * editing, mocked), behind the application's real security filter chains
 * ({@link SliceSecurity}): tests sign in with MockMvc's mock users and send CSRF tokens,
 * and check that visitors are sent to sign in, accounts without the role get 403 and
 * POSTs without a token are refused.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@AutoConfigureMockMvc
@Import({ Markdown.class, SiteUrls.class, SliceSecurity.class, Editorial.class })
@EnableConfigurationProperties(PortalProperties.class)
@MockitoBean(types = { SiteTexts.class, EditingMarks.class })
public @interface AdminControllerSlice {

	/** The controllers to test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
