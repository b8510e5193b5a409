package com.londonbeijing.portal.sitetext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Reads the site's free-standing texts.
 */
public interface SiteTextRepository extends Repository<SiteText, String> {

	List<SiteText> findByKeyIn(Collection<String> keys);

	List<SiteText> findAllByOrderByKeyAsc();

	Optional<SiteText> findById(String key);

}
