package com.londonbeijing.portal.support;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Makes {@link Markdown} available in templates as {@code #markdown}. Thymeleaf 3.1
 * forbids bean references ({@code @markdown}) in {@code th:utext}, but allows expression
 * objects.
 */
@Component
class MarkdownDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final Markdown markdown;

	MarkdownDialect(Markdown markdown) {
		super("markdown");
		this.markdown = markdown;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("markdown");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return MarkdownDialect.this.markdown;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
