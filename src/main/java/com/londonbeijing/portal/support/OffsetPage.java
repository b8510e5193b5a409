package com.londonbeijing.portal.support;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A slice of a list that starts at any row, not only at a multiple of its size: for a
 * page that continues one list where another ended (the translations overview lists one
 * kind of content after another). Repositories read it as any {@link Pageable}: its
 * offset and size become the query's {@code OFFSET} and {@code LIMIT}.
 *
 * @param offset the first row, from 0
 * @param size how many rows at most
 * @param sort the order
 */
public record OffsetPage(long offset, int size, Sort sort) implements Pageable {

	public OffsetPage {
		if (offset < 0 || size < 1) {
			throw new IllegalArgumentException("Offset must be 0 or more and size 1 or more");
		}
	}

	@Override
	public int getPageNumber() {
		return (int) (this.offset / this.size);
	}

	@Override
	public int getPageSize() {
		return this.size;
	}

	@Override
	public long getOffset() {
		return this.offset;
	}

	@Override
	public Sort getSort() {
		return this.sort;
	}

	@Override
	public Pageable next() {
		return new OffsetPage(this.offset + this.size, this.size, this.sort);
	}

	@Override
	public Pageable previousOrFirst() {
		return new OffsetPage(Math.max(0, this.offset - this.size), this.size, this.sort);
	}

	@Override
	public Pageable first() {
		return new OffsetPage(0, this.size, this.sort);
	}

	@Override
	public Pageable withPage(int pageNumber) {
		return new OffsetPage((long) pageNumber * this.size, this.size, this.sort);
	}

	@Override
	public boolean hasPrevious() {
		return this.offset > 0;
	}

}
