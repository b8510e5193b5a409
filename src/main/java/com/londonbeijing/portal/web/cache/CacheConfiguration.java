package com.londonbeijing.portal.web.cache;

import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.database.ContentVersion;
import com.londonbeijing.portal.web.request.FilterOrder;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The in-memory caches of public content, all cleared together by {@link ContentVersion}:
 * rendered pages ({@link PublicPageCache}), bounded by their size in bytes, and small
 * read models ({@code @Cacheable} in the services), bounded by count.
 */
@Configuration(proxyBeanMethods = false)
// Before the transaction advice, so a cache hit needs no transaction (nor connection).
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
class CacheConfiguration {

	static final String PAGES = "public-pages";

	@Bean
	CaffeineCacheManager cacheManager(PortalProperties properties) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setAllowNullValues(false);
		manager.setCaffeine(Caffeine.newBuilder().maximumSize(100));
		manager.registerCustomCache(PAGES,
				Caffeine.newBuilder()
					.maximumWeight(properties.cache().pagesMaxSize().toBytes())
					.weigher((Object key, Object page) -> ((PublicPageCache.CachedPage) page).weight())
					.build());
		return manager;
	}

	/** After the session filter, before Spring Security (its {@link FilterOrder}). */
	@Bean
	PublicPageCache publicPageCache(CacheManager caches, ContentVersion version, LocaleResolver locales,
			@Value("${server.compression.mime-types}") List<String> compressedTypes,
			@Value("${server.compression.min-response-size:2KB}") DataSize smallestCompressed, MeterRegistry meters) {
		return new PublicPageCache(caches, version, locales,
				new PublicPageCache.Compression(compressedTypes, (int) smallestCompressed.toBytes()), meters);
	}

}
