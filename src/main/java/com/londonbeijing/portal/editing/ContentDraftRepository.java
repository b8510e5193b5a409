package com.londonbeijing.portal.editing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The drafts of published items ({@link ContentDraft}).
 */
public interface ContentDraftRepository extends JpaRepository<ContentDraft, Long> {

	Optional<ContentDraft> findByKindAndItemKey(String kind, String itemKey);

	List<ContentDraft> findByKindAndItemKeyIn(String kind, Collection<String> itemKeys);

	/** The review queue, oldest submission first. */
	List<ContentDraft> findBySubmittedAtNotNullOrderBySubmittedAtAsc();

	/** Drafts not waiting for review, most recently saved first. */
	List<ContentDraft> findTop10BySubmittedAtNullOrderByUpdatedAtDesc();

}
