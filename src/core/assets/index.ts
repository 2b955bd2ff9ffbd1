/** The assets domain (備品・固定資産): depreciation, small-asset rules, used-asset life, values by date. */
export * from './rates';
export * from './depreciation';
export * from './small-assets';
export * from './used-asset-life';
export * from './book-value';
export * from './stock';
export * from './loans';
export * from './report';
