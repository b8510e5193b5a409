package com.londonbeijing.portal.translation;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes {@link Translations} available in templates as {@code #translations}: Thymeleaf
 * 3.1 forbids bean references ({@code @translations}) in fragment parameters such as a
 * page's title, but allows expression objects.
 */
@Component
class TranslationDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final ObjectProvider<Translations> translations;

	/**
	 * Takes the service lazily: web slice tests ({@code @WebMvcTest}) load dialects but
	 * no database, and their pages then show the English.
	 */
	TranslationDialect(ObjectProvider<Translations> translations) {
		super("translations");
		this.translations = translations;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("translations");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return TranslationDialect.this.translations.getIfAvailable(Translations::none);
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
