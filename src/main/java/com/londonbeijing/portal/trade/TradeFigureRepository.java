package com.londonbeijing.portal.trade;

import java.util.List;
import java.util.Optional;

import com.londonbeijing.portal.support.ContentStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads yearly trade figures.
 */
public interface TradeFigureRepository extends Repository<TradeFigure, Long> {

	List<TradeFigure> findByStatusOrderByYearAsc(ContentStatus status);

	@Query("select f.id from TradeFigure f where f.status = :status")
	List<Long> findIdsByStatus(ContentStatus status);

	List<TradeFigure> findTop2ByStatusOrderByYearDesc(ContentStatus status);

	TradeFigure save(TradeFigure figure);

	Optional<TradeFigure> findById(Long id);

	boolean existsByYearAndIdNot(int year, Long id);

	boolean existsByYear(int year);

	List<TradeFigure> findAllByOrderByYearAsc();

	Page<TradeFigure> findAll(Pageable pageable);

	@Query("select f from TradeFigure f where str(f.year) like concat('%', :year, '%')")
	Page<TradeFigure> findByYearContaining(String year, Pageable pageable);

	void delete(TradeFigure figure);

}
