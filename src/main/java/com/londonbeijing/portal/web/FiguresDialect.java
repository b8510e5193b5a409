package com.londonbeijing.portal.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/** Makes {@link Figures} available in templates as {@code #figures}. */
@Component
class FiguresDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final Figures figures = new Figures();

	FiguresDialect() {
		super("figures");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("figures");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return FiguresDialect.this.figures;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
