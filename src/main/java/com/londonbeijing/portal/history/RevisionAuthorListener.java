package com.londonbeijing.portal.history;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the signed-in user and the change note given for the save
 * (see {@link ChangeNote}).
 */
public class RevisionAuthorListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Revision revision = (Revision) revisionEntity;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		revision.setUsername(
				(authentication != null && authentication.isAuthenticated()) ? authentication.getName() : "system");
		revision.setChangeNote(ChangeNote.current());
		revision.setPublicNote(ChangeNote.currentIsPublic());
	}

}
