package com.londonbeijing.portal.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Any web page may read the API from a browser, since everything in it is public; only
 * reading is allowed across origins, and no credentials are sent.
 */
@Configuration(proxyBeanMethods = false)
class ApiCors implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping(ApiController.BASE + "/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD")
			.allowCredentials(false)
			.maxAge(3600);
	}

}
