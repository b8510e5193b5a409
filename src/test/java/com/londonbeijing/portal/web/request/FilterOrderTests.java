package com.londonbeijing.portal.web.request;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.londonbeijing.portal.test.PortalIntegrationTest;
import org.apache.catalina.Context;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests pass the servlet filters in the order {@link FilterOrder} declares, each at an
 * order of its own, so that none runs first by accident of registration.
 */
@PortalIntegrationTest
class FilterOrderTests {

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	ListableBeanFactory beans;

	@Test
	void requestsPassTheFiltersInTheDeclaredOrder() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		Context application = (Context) server.getTomcat().getHost().findChildren()[0];
		List<String> chain = Arrays.stream(application.findFilterMaps())
			.map(FilterMap::getFilterName)
			.filter((name) -> !name.startsWith("Tomcat "))
			.toList();

		assertThat(chain).containsExactly("characterEncodingFilter", "webMvcObservationFilter", "requestIdFilter",
				"requestLog", "requestLimits", "languageFilter", "apiRateLimit", "databaseOutageFilter",
				"springSessionRepositoryFilter", "publicPageCache", "formContentFilter", "requestContextFilter",
				"springSecurityFilterChain", "languageFilter.LinkFilter", "publicPageCaching", "staticAssets");
	}

	@Test
	void everyFilterHasTheOrderDeclaredForItAndNoneSharesOne() {
		Map<String, Integer> orders = new ServletContextInitializerBeans(this.beans).stream()
			.filter(AbstractFilterRegistrationBean.class::isInstance)
			.map(AbstractFilterRegistrationBean.class::cast)
			.collect(Collectors.toMap(AbstractFilterRegistrationBean::getFilterName,
					AbstractFilterRegistrationBean::getOrder));

		assertThat(orders).containsEntry("characterEncodingFilter", FilterOrder.CHARACTER_ENCODING)
			.containsEntry("webMvcObservationFilter", FilterOrder.OBSERVATION)
			.containsEntry("requestIdFilter", FilterOrder.REQUEST_ID)
			.containsEntry("requestLog", FilterOrder.REQUEST_LOG)
			.containsEntry("requestLimits", FilterOrder.REQUEST_LIMITS)
			.containsEntry("languageFilter", FilterOrder.LANGUAGE)
			.containsEntry("apiRateLimit", FilterOrder.API_RATE_LIMIT)
			.containsEntry("databaseOutageFilter", FilterOrder.DATABASE_OUTAGE)
			.containsEntry("springSessionRepositoryFilter", FilterOrder.SESSION)
			.containsEntry("publicPageCache", FilterOrder.PUBLIC_PAGE_CACHE)
			.containsEntry("springSecurityFilterChain", FilterOrder.SECURITY)
			.containsEntry("languageFilter.LinkFilter", FilterOrder.LANGUAGE_LINKS)
			.containsEntry("publicPageCaching", FilterOrder.BROWSER_CACHING)
			.containsEntry("staticAssets", FilterOrder.STATIC_ASSETS);
		assertThat(orders.values()).doesNotHaveDuplicates();
	}

}
