import hnswlib from 'hnswlib-node';
import { readFileSync } from 'node:fs';
import { loadArticles } from '/work/wt-9/dist/src/article/article.js';
import { LocalEmbeddings } from '/work/wt-9/dist/src/embeddings/local.js';
import { seededRandom } from '/work/wt-9/dist/src/eval/synthetic-archive.js';
const dir = process.argv[2];
const arts = loadArticles(dir);
const paras = arts.flatMap(x => x.paragraphs);
const e = new LocalEmbeddings().fit(paras.map(p=>p.text));
const vecs = paras.map(p => e.embed(p.text));
const D = 256;
const flat = new Float32Array(vecs.length*D); vecs.forEach((v,i)=>flat.set(v,i*D));
const rnd = seededRandom(7);
const qtexts = [...JSON.parse(readFileSync('eval/dev-questions.json')).questions.map(q=>q.q)];
for (let i=0;i<100;i++){ const p = paras[Math.floor(rnd()*paras.length)]; const s = p.sentences[0].text.split(' '); qtexts.push(s.slice(0, 6).join(' ')); }
const qs = qtexts.map(t=>e.embed(t));
const exact = qs.map(q => { const sims = new Float32Array(vecs.length);
  for (let i=0;i<vecs.length;i++){let d=0;const o=i*D;for(let k=0;k<D;k++)d+=flat[o+k]*q[k];sims[i]=d;}
  return [...sims.keys()].sort((a,b)=>sims[b]-sims[a]).slice(0,10); });
for (const [M, EFC] of process.argv.slice(3).map(x=>x.split(',').map(Number))) {
  let t = performance.now();
  const idx = new hnswlib.HierarchicalNSW('cosine', D);
  idx.initIndex(vecs.length, M, EFC, 42);
  vecs.forEach((v,i)=>idx.addPoint(v,i));
  const bt = performance.now()-t;
  for (const EF of [400, 800]) {
    idx.setEf(EF); let hit=0, hitQ=0; const lat=[];
    qs.forEach((q, j) => { const s=performance.now(); const r = idx.searchKnn(q, 10).neighbors; lat.push(performance.now()-s);
      const h = r.filter(x=>exact[j].includes(x)).length; hit+=h; if (j<20) hitQ+=h; });
    lat.sort((a,b)=>a-b);
    console.log(JSON.stringify({M,EFC,EF, build_s: (bt/1000).toFixed(1), recall: (hit/(10*qs.length)).toFixed(3), recallDev: (hitQ/200).toFixed(3), p95: lat[Math.floor(lat.length*.95)].toFixed(2)}));
  }
}
