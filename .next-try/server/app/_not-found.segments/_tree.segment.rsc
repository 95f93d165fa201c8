:HL["/_next/static/chunks/316mj05hwjmv4.css","style"]
2:[["children",{"s":"__PAGE__","h":160}]]
1:[["children",{"s":"/_not-found","h":96,"c":"$Q2"}]]
0:{"b":"MIgmoYtmk9hh2KurbjVno","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
