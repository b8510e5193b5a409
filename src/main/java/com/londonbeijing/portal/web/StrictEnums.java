package com.londonbeijing.portal.web;

import java.beans.PropertyDescriptor;
import java.beans.PropertyEditorSupport;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.ResolvableType;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * Choices from a list (a status, a side, a role) bound strictly: Spring's own conversion
 * turns a blank value, and one that is blank once trimmed such as {@code %00}, into
 * {@code null}, which a form then renders as if nothing had been chosen (or fails to
 * render). Here a value that names no constant is a {@code typeMismatch} error on the
 * field, which keeps the value it had, and the form says "Enter a valid value"; a blank
 * one says "Enter a value" ({@code choice.required}), as a missing value would.
 */
final class StrictEnums {

	private StrictEnums() {
	}

	/**
	 * Registers a strict editor for every enum property of a form object and of the rows
	 * of its lists.
	 * @param binder the form's binder
	 * @param formType the form object's class
	 */
	static void register(WebDataBinder binder, Class<?> formType) {
		Set<Class<?>> types = enumTypes(formType);
		for (Class<?> type : types) {
			binder.registerCustomEditor(type, new StrictEnumEditor(type));
		}
		if (!types.isEmpty()) {
			binder.setBindingErrorProcessor(new BlankChoices());
		}
	}

	private static Set<Class<?>> enumTypes(Class<?> formType) {
		Set<Class<?>> types = new LinkedHashSet<>();
		collect(formType, types, 0);
		return types;
	}

	private static void collect(Class<?> type, Set<Class<?>> types, int depth) {
		if (depth > 2) {
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getReadMethod() == null) {
				continue;
			}
			ResolvableType propertyType = ResolvableType.forMethodReturnType(property.getReadMethod());
			Class<?> resolved = propertyType.resolve();
			if (resolved == null) {
				continue;
			}
			if (resolved.isEnum()) {
				types.add(resolved);
			}
			else if (Iterable.class.isAssignableFrom(resolved)) {
				Class<?> element = propertyType.as(Iterable.class).getGeneric(0).resolve();
				if (element != null && element.isEnum()) {
					types.add(element);
				}
				else if (element != null && element.getName().startsWith("com.londonbeijing.")) {
					collect(element, types, depth + 1);
				}
			}
		}
	}

	/** A blank choice is reported as missing, not as invalid. */
	private static final class BlankChoices extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			Class<?> type = (ex instanceof TypeMismatchException mismatch) ? mismatch.getRequiredType() : null;
			if (type != null && type.isEnum() && ex.getValue() instanceof String text && text.isBlank()) {
				String field = ex.getPropertyName();
				bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, text, true,
						bindingResult.resolveMessageCodes("choice.required", field), null, "Enter a value"));
				return;
			}
			super.processPropertyAccessException(ex, bindingResult);
		}

	}

	private static final class StrictEnumEditor extends PropertyEditorSupport {

		private final Class<?> type;

		StrictEnumEditor(Class<?> type) {
			this.type = type;
		}

		@Override
		public void setAsText(String text) {
			for (Object constant : this.type.getEnumConstants()) {
				if (((Enum<?>) constant).name().equals(text)) {
					setValue(constant);
					return;
				}
			}
			throw new IllegalArgumentException("Not one of the choices");
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? ((Enum<?>) getValue()).name() : "";
		}

	}

}
