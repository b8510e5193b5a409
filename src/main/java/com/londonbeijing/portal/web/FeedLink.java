package com.londonbeijing.portal.web;

/**
 * A page's own Atom feed, which the layout announces with
 * {@code <link rel="alternate" type="application/atom+xml">} (every page also announces
 * the site's feed). A controller puts it in the model as {@code feed}.
 *
 * @param path the feed's path, such as {@code /areas/education-and-research/feed.atom}
 * @param titleCode the message key of its title
 * @param titleArgument the title's argument (the area's or topic's name)
 */
public record FeedLink(String path, String titleCode, String titleArgument) {

}
