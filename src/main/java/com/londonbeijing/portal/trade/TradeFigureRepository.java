package com.londonbeijing.portal.trade;

import java.util.List;

import com.londonbeijing.portal.support.ContentStatus;
import org.springframework.data.repository.Repository;

/**
 * Reads yearly trade figures.
 */
public interface TradeFigureRepository extends Repository<TradeFigure, Long> {

	List<TradeFigure> findByStatusOrderByYearAsc(ContentStatus status);

	TradeFigure save(TradeFigure figure);

}
