#!/usr/bin/env python3
# What each SQL statement of a request costs SQLite to compile: every statement of the last N in an EF Core SQL log
# (Microsoft.EntityFrameworkCore.Database.Command at Information) run against a copy of the database twice, once compiled on
# every execution (as Microsoft.Data.Sqlite does: it keeps no prepared statement between commands) and once from Python's
# statement cache; best of 7 rounds of 40 executions. Parameters named *id* get a case's id, the others 20.
#
#   statement-compile-cost.py app.log copy-of.db N
# (test/InspectionSuite.Benchmarks/README.md, "What a statement costs to compile")
import re,sqlite3,sys,time
log,db,n_last=sys.argv[1],sys.argv[2],int(sys.argv[3])
t=open(log).read()
ents=re.split(r'\n(?=\[\d\d:\d\d:\d\d |\d{4}-\d\d-\d\d )',t)
cmds=[e for e in ents if 'Executed DbCommand' in e][-n_last:]
c0=sqlite3.connect(db,cached_statements=0); c1=sqlite3.connect(db,cached_statements=256)
anyid=c0.execute("select Id from Cases limit 1").fetchone()[0]
tot0=tot1=0
for e in cmds:
    body='\n'.join(e.split('\n')[1:]).strip()
    if not body.startswith(('SELECT','WITH')): continue
    s=re.sub(r'@(\w+)',r':\1',body)
    params={p:(anyid if 'id' in p.lower() else 20) for p in set(re.findall(r':(\w+)',s))}
    r=[]
    for con in (c0,c1):
        best=1e9
        try:
            for rep in range(7):
                n=40; t0=time.perf_counter()
                for i in range(n): con.execute(s,params).fetchall()
                best=min(best,(time.perf_counter()-t0)/n*1e6)
        except Exception as ex: best=float('nan')
        r.append(best)
    tot0+=r[0] if r[0]==r[0] else 0; tot1+=r[1] if r[1]==r[1] else 0
    print(f"{r[0]:7.0f} {r[1]:7.0f}  len={len(s):5d}  {' '.join(s.split())[:90]}")
print(f"total uncached {tot0:.0f} us, cached {tot1:.0f} us")
