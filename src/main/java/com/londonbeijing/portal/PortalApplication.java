package com.londonbeijing.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The London–Beijing Cooperation Portal: a server-rendered site about UK–China
 * cooperation, backed by PostgreSQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
