/** The contracts domain (契約): terms and notice deadlines, the 無期転換 right, 雇止めの予告, 印紙税. */
export * from './rates';
export * from './term';
export * from './deadlines';
export * from './conversion';
export * from './stamp-duty';
export * from './register';
