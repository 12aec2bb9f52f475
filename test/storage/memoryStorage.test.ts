import { ETagConflictError, VersionedMemoryStorage } from '../../src/storage';

describe('memory storage', () => {
  it('writes only over the version it read, and creates only what is not there yet', async () => {
    const store = new VersionedMemoryStorage();
    const first = await store.writeIfUnchanged('c/1', { step: 1 }, undefined);
    await expect(store.writeIfUnchanged('c/1', { step: 9 }, undefined)).rejects.toThrow(ETagConflictError);
    const second = await store.writeIfUnchanged('c/1', { step: 2 }, first);
    await expect(store.writeIfUnchanged('c/1', { step: 3 }, first)).rejects.toThrow(ETagConflictError);
    expect((await store.read(['c/1']))['c/1']).toEqual({ step: 2, eTag: second });
  });

  it('hands back the JSON an item was written with, and the same item to a plain read', async () => {
    const store = new VersionedMemoryStorage();
    const json = JSON.stringify({ case: { plan: ['power-cycle'], index: 0 }, turn: { welcomed: true } });
    const eTag = await store.writeIfUnchanged('c/2', JSON.parse(json), undefined, json);
    expect(await store.readJson('c/2')).toEqual({ json, eTag });
    expect((await store.read(['c/2']))['c/2']).toEqual({ ...JSON.parse(json), eTag });
    expect(await store.readJson('nothing/here')).toBeUndefined();
  });

  it('keeps items written the ordinary way (support summaries) beside conditional ones', async () => {
    const store = new VersionedMemoryStorage();
    await store.write({ 'support-summaries/A1': { summary: { id: 'A1' }, eTag: '*' } });
    await store.writeIfUnchanged('c/3', { step: 1 }, undefined);
    const items = await store.read(['support-summaries/A1', 'c/3']);
    expect(items['support-summaries/A1']).toMatchObject({ summary: { id: 'A1' } });
    expect(await store.readJson('support-summaries/A1')).toBeUndefined();
    await store.delete(['c/3']);
    expect(await store.read(['c/3'])).toEqual({});
    await expect(store.writeIfUnchanged('c/3', { step: 1 }, undefined)).resolves.toEqual(expect.any(String));
  });
});
