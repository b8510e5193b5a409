package com.londonbeijing.portal.sitetext;

import java.time.Instant;

import com.londonbeijing.portal.support.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A free-standing text of the site, such as the home page's introduction.
 */
@Entity
@Audited
@Table(name = "site_text")
public class SiteText implements Versioned<String> {

	@Id
	@Column(name = "text_key")
	private String key;

	private String title;

	private String body;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected SiteText() {
	}

	public SiteText(String key) {
		this.key = key;
	}

	public String getKey() {
		return this.key;
	}

	/** The key: it is what identifies a text to editors and their history. */
	@Override
	public String getId() {
		return this.key;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now();
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
