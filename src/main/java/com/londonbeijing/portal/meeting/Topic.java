package com.londonbeijing.portal.meeting;

import java.util.Map;

import com.londonbeijing.portal.translation.Translatable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A subject discussed at meetings (Trade, Taiwan, …), shared across all meetings.
 */
@Entity
@Audited
@Table(name = "topic")
public class Topic implements Translatable {

	/** Topics in the {@code translation} table. */
	public static final String TRANSLATION_KIND = "topic";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	@Column(nullable = false, unique = true, length = 200)
	private String name;

	protected Topic() {
	}

	public Topic(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	@Override
	public String translationKind() {
		return TRANSLATION_KIND;
	}

	@Override
	public Map<String, String> translatableTexts() {
		return Map.of("name", this.name);
	}

}
