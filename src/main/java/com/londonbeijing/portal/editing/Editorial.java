package com.londonbeijing.portal.editing;

import java.util.Collection;

import com.londonbeijing.portal.PortalProperties;
import com.londonbeijing.portal.account.Role;
import com.londonbeijing.portal.security.CurrentUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may publish, in one place for every kind and every request that could publish (a
 * form's status, Publish now, publishing a draft, restoring a revision, deleting, the
 * trade import). A WRITER prepares drafts and submits them; an EDITOR (and an ADMIN, by
 * the role hierarchy) publishes. With {@code PORTAL_REVIEW=required} nobody publishes a
 * change they submitted or last saved themselves, and changes to published items go
 * through a draft. The security configuration refuses the publishing addresses to writers
 * too; these checks hold whatever address a request used.
 * <p>
 * Work done outside any request (start-up tasks) has no signed-in user and counts as the
 * system, which may publish; a request's anonymous visitor may not.
 */
@Component
public class Editorial {

	private final RoleHierarchy roles;

	private final boolean reviewRequired;

	Editorial(RoleHierarchy roles, PortalProperties properties) {
		this.roles = roles;
		this.reviewRequired = properties.review() == PortalProperties.Review.REQUIRED;
	}

	/** Who is saving, as history and drafts record it. */
	public String username() {
		return CurrentUser.name().orElse("system");
	}

	/** Whether the current user publishes: an editor or administrator. */
	public boolean mayPublish() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return true;
		}
		if (!authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
			return false;
		}
		Collection<? extends GrantedAuthority> reachable = this.roles
			.getReachableGrantedAuthorities(authentication.getAuthorities());
		return reachable.stream().anyMatch((authority) -> Role.EDITOR.authority().equals(authority.getAuthority()));
	}

	/** Whether {@code PORTAL_REVIEW=required}. */
	public boolean reviewRequired() {
		return this.reviewRequired;
	}

	/**
	 * Whether the current user may change a published item straight from its form
	 * (Publish now, restoring a revision) rather than through a reviewed draft.
	 */
	public boolean mayPublishDirectly() {
		return mayPublish() && !this.reviewRequired;
	}

	/**
	 * Whether the current user may publish a draft: an editor, and with review required
	 * only a draft submitted for review that someone else submitted and last saved.
	 */
	public boolean mayPublish(ContentDraft draft) {
		if (!mayPublish()) {
			return false;
		}
		if (!this.reviewRequired) {
			return true;
		}
		String me = username();
		return draft.isSubmitted() && !me.equalsIgnoreCase(draft.getSubmittedBy())
				&& !me.equalsIgnoreCase(draft.getUpdatedBy());
	}

	/**
	 * Refuses a writer with the styled 403 page.
	 * @throws AccessDeniedException unless the current user publishes
	 */
	public void requireMayPublish() {
		if (!mayPublish()) {
			throw new AccessDeniedException("Only editors publish");
		}
	}

}
