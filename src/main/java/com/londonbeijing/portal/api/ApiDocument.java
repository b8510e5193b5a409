package com.londonbeijing.portal.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and terms at the head of the API's OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

	@Bean
	OpenAPI portalOpenApi() {
		return new OpenAPI().info(new Info().title("London–Beijing Cooperation Portal API")
			.version("1")
			.description("Published content of the portal, read-only: cooperation areas, case studies, "
					+ "diplomatic meetings, topics, UK–China trade figures and site search. Texts are in English, "
					+ "or Simplified Chinese with lang=zh. Errors are RFC 9457 problem details.")
			.license(new License().name("Open data")));
	}

}
