import hnswlib from 'hnswlib-node';
import { readFileSync } from 'node:fs';
import { loadArticles } from '/work/wt-9/dist/src/article/article.js';
import { LocalEmbeddings } from '/work/wt-9/dist/src/embeddings/local.js';
const [D, M, EFC, EF] = process.argv.slice(2, 6).map(Number);
const arts = loadArticles(process.argv[6] ?? '/tmp/w9/arch-12000');
const paras = arts.flatMap(x => x.paragraphs).map(p=>p.text);
let t = performance.now();
const e = new LocalEmbeddings({dimensions: D}).fit(paras);
const vecs = paras.map(p => e.embed(p));
const et = performance.now()-t;
t = performance.now();
const idx = new hnswlib.HierarchicalNSW('cosine', D);
idx.initIndex(vecs.length, M, EFC, 42);
vecs.forEach((v,i)=>idx.addPoint(v,i));
const bt = performance.now()-t;
const qs = [...JSON.parse(readFileSync('eval/dev-questions.json')).questions, ...JSON.parse(readFileSync('eval/paraphrase-questions.json')).questions].map(q=>e.embed(q.q));
let hit=0; idx.setEf(EF);
const lat=[];
const flat = new Float32Array(vecs.length*D); vecs.forEach((v,i)=>flat.set(v,i*D));
for (const q of qs) {
  const s = performance.now();
  const r = idx.searchKnn(q, 10).neighbors; lat.push(performance.now()-s);
  const sims = new Float32Array(vecs.length);
  for (let i=0;i<vecs.length;i++){let d=0;const o=i*D;for(let k=0;k<D;k++)d+=flat[o+k]*q[k];sims[i]=d;}
  const top = [...sims.keys()].sort((a,b)=>sims[b]-sims[a]).slice(0,10);
  hit += r.filter(x=>top.includes(x)).length;
}
lat.sort((a,b)=>a-b);
console.log(JSON.stringify({D,M,EFC,EF, embed_ms: et.toFixed(0), build_ms: bt.toFixed(0), rate: (vecs.length/bt*1000).toFixed(0), recall: hit/(10*qs.length), p50: lat[Math.floor(lat.length/2)].toFixed(3), p95: lat[Math.floor(lat.length*.95)].toFixed(3)}));
