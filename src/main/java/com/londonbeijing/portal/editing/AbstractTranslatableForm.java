package com.londonbeijing.portal.editing;

import java.util.Map;

import com.londonbeijing.portal.support.Content;
import com.londonbeijing.portal.translation.TranslationStatus;
import jakarta.validation.constraints.Size;

/**
 * A content form with the Chinese of its texts beside the English.
 *
 * @param <E> the entity
 */
public abstract class AbstractTranslatableForm<E extends Content> extends AbstractContentForm<E, Long>
		implements TranslatableForm {

	private Map<String, @Size(max = 100000) String> chinese;

	private Map<String, TranslationStatus> chineseStatus = Map.of();

	@Override
	public Map<String, String> getChinese() {
		return this.chinese;
	}

	@Override
	public void setChinese(Map<String, String> chinese) {
		this.chinese = chinese;
	}

	@Override
	public Map<String, TranslationStatus> getChineseStatus() {
		return this.chineseStatus;
	}

	@Override
	public void setChineseStatus(Map<String, TranslationStatus> chineseStatus) {
		this.chineseStatus = chineseStatus;
	}

}
