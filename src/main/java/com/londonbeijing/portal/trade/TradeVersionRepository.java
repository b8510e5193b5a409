package com.londonbeijing.portal.trade;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads dataset versions and revisions of trade figures, which only the database writes.
 */
interface TradeVersionRepository extends Repository<TradeDatasetVersion, Integer> {

	@EntityGraph(attributePaths = "figures")
	Optional<TradeDatasetVersion> findByNumber(int number);

	@Query("select new com.londonbeijing.portal.trade.TradeVersionSummary(v.number, v.createdAt, v.note)"
			+ " from TradeDatasetVersion v order by v.number desc")
	List<TradeVersionSummary> findSummaries();

	@Query("select max(v.number) from TradeDatasetVersion v")
	Integer findCurrentNumber();

	@Query("select r from TradeRevision r where r.versionNumber <= :number order by r.revisedAt desc, r.id desc")
	List<TradeRevision> findRevisionsUpTo(int number);

}
