package com.londonbeijing.portal.editing;

/**
 * What the public layout's preview banner needs (request attribute {@code draftPreview},
 * set by {@link ContentAdminController}'s preview).
 *
 * @param item the item's admin address, e.g. {@code /admin/areas/3}
 * @param chinese whether this preview is the Chinese page
 * @param draft whether the item has a draft (otherwise the stored values are shown)
 */
public record DraftPreview(String item, boolean chinese, boolean draft) {

}
