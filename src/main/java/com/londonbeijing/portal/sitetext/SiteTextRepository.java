package com.londonbeijing.portal.sitetext;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Reads the site's free-standing texts.
 */
public interface SiteTextRepository extends Repository<SiteText, String> {

	List<SiteText> findByKeyIn(Collection<String> keys);

}
