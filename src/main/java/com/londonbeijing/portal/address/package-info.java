/**
 * Stable addresses: the earlier web addresses of areas, case studies and meetings keep
 * leading to them (301), a deleted page answers 410 Gone with a note, and a withdrawn
 * page stays online with a notice. Public services ask {@link EarlierAddresses} only when
 * no item has the address asked for, so pages that exist pay nothing for it.
 */
package com.londonbeijing.portal.address;
