package com.londonbeijing.portal.address;

import java.time.Instant;

import com.londonbeijing.portal.support.Content;
import com.londonbeijing.portal.support.ContentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * Content with a page of its own (areas, case studies, meetings): it has a slug, its
 * earlier slugs redirect to it, and when published it can be withdrawn, which keeps the
 * page online with a dated notice and the reason while every list, search, feed and the
 * sitemap leave it out (they show {@link ContentStatus#PUBLISHED} items only).
 */
@MappedSuperclass
@Audited
public abstract class AddressableContent extends Content {

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawn_reason", length = 1000)
	private String withdrawnReason;

	@Column(name = "withdrawn_reason_zh", length = 1000)
	private String withdrawnReasonZh;

	/** The last part of the item's address. */
	public abstract String getSlug();

	/** Which kind of page it is. */
	public abstract AddressKind addressKind();

	/**
	 * Changes the status as a form asks. A form cannot withdraw (withdrawing needs a
	 * reason, through {@link #withdraw}), so asking for {@link ContentStatus#WITHDRAWN}
	 * leaves the status as it is; choosing another status for a withdrawn item brings it
	 * back (published) or takes it offline (draft), and its notice goes.
	 */
	@Override
	public void setStatus(ContentStatus status) {
		if (status == ContentStatus.WITHDRAWN) {
			return;
		}
		clearWithdrawal();
		super.setStatus(status);
	}

	/**
	 * Withdraws the published item.
	 * @param reason why, shown on the page
	 * @param reasonZh why in Chinese, or {@code null} to show the English on Chinese
	 * pages
	 * @param at when
	 * @throws IllegalStateException if the item is not published
	 */
	public void withdraw(String reason, String reasonZh, Instant at) {
		if (!isPublished()) {
			throw new IllegalStateException("Only a published item can be withdrawn");
		}
		this.withdrawnAt = at;
		this.withdrawnReason = reason;
		this.withdrawnReasonZh = reasonZh;
		super.setStatus(ContentStatus.WITHDRAWN);
	}

	/** Brings a withdrawn item back: published again, in every list. */
	public void unwithdraw() {
		if (!isWithdrawn()) {
			throw new IllegalStateException("Only a withdrawn item can be brought back");
		}
		setStatus(ContentStatus.PUBLISHED);
	}

	private void clearWithdrawal() {
		this.withdrawnAt = null;
		this.withdrawnReason = null;
		this.withdrawnReasonZh = null;
	}

	public boolean isWithdrawn() {
		return getStatus() == ContentStatus.WITHDRAWN;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public String getWithdrawnReason() {
		return this.withdrawnReason;
	}

	public String getWithdrawnReasonZh() {
		return this.withdrawnReasonZh;
	}

	/**
	 * The reason to show in a language: the Chinese on Chinese pages when there is one.
	 * @param chinese whether the page is Chinese
	 * @return the reason, {@code null} unless withdrawn
	 */
	public String withdrawnReason(boolean chinese) {
		return (chinese && this.withdrawnReasonZh != null) ? this.withdrawnReasonZh : this.withdrawnReason;
	}

}
