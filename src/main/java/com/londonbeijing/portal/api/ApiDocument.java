package com.londonbeijing.portal.api;

import java.util.Map;

import com.londonbeijing.portal.PortalProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the API's OpenAPI document, and the error answers every operation shares:
 * written once here rather than as the same annotations on each handler.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

	private static final String PROBLEM = "Problem";

	@Bean
	OpenAPI portalOpenApi(PortalProperties properties) {
		PortalProperties.Data data = properties.data();
		return new OpenAPI().info(new Info().title("London–Beijing Cooperation Portal API")
			.version("1")
			.description("Published content of the portal, read-only: cooperation areas, case studies, "
					+ "diplomatic meetings, topics, UK–China trade figures and site search. Texts are in English, "
					+ "or Simplified Chinese with lang=zh (without lang, Accept-Language decides). Lists take page "
					+ "and size (1–100). Errors are RFC 9457 problem details.")
			.license(new License().name(data.licenceName()).url(data.licenceUrl())));
	}

	/**
	 * Every operation may refuse a parameter (400) or be asked too often (429); one that
	 * names an item by its slug may find nothing published (404). All three answer with
	 * an RFC 9457 problem.
	 * @return the customizer adding those answers and the problem's schema
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
				operation.getResponses().addApiResponse("400", problem("A parameter cannot be used"));
				if (path.contains("{")) {
					operation.getResponses().addApiResponse("404", problem("Nothing published has this slug"));
				}
				operation.getResponses()
					.addApiResponse("429",
							problem("Too many requests from this address; retry after Retry-After seconds"));
			}));
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("An RFC 9457 problem detail")
			.properties(Map.of("type", new StringSchema().description("A URI naming the kind of problem"), "title",
					new StringSchema().description("A short summary of the kind of problem"), "status",
					new IntegerSchema().description("The HTTP status code"), "detail",
					new StringSchema().description("What went wrong with this request, and what to change"), "instance",
					new StringSchema().description("The address that was asked for")));
	}

}
