package com.londonbeijing.portal.editing;

import com.londonbeijing.portal.support.ContentStatus;

/**
 * A form with the item's status (draft or published), so that the editing flow can tell
 * whether a save would publish, and make a published draft's status published.
 */
public interface PublishableForm {

	ContentStatus getStatus();

	void setStatus(ContentStatus status);

}
