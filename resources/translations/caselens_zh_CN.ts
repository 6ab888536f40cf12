<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>caselens::gui::MainWindow</name>
    <message><source>&amp;File</source><translation>文件(&amp;F)</translation></message>
    <message><source>&amp;New project…</source><translation>新建项目(&amp;N)…</translation></message>
    <message><source>&amp;Open project…</source><translation>打开项目(&amp;O)…</translation></message>
    <message><source>Open &amp;recent</source><translation>最近的项目(&amp;R)</translation></message>
    <message><source>&amp;Import documents…</source><translation>导入文档(&amp;I)…</translation></message>
    <message><source>Export &amp;table…</source><translation>导出表格(&amp;T)…</translation></message>
    <message><source>Export &amp;chart…</source><translation>导出图表(&amp;C)…</translation></message>
    <message><source>Save a &amp;copy…</source><translation>另存副本(&amp;C)…</translation></message>
    <message><source>&amp;Quit</source><translation>退出(&amp;Q)</translation></message>
    <message><source>&amp;Edit</source><translation>编辑(&amp;E)</translation></message>
    <message><source>&amp;Undo</source><translation>撤销(&amp;U)</translation></message>
    <message><source>&amp;Redo</source><translation>重做(&amp;R)</translation></message>
    <message><source>&amp;Coding</source><translation>编码(&amp;C)</translation></message>
    <message><source>Suggest codes with the &amp;lexicon</source><translation>用词表编码器建议编码(&amp;L)</translation></message>
    <message><source>&amp;Train the learned coder</source><translation>训练学习型编码器(&amp;T)</translation></message>
    <message><source>Suggest codes with the l&amp;earned coder</source><translation>用学习型编码器建议编码(&amp;E)</translation></message>
    <message><source>&amp;Settings</source><translation>设置(&amp;S)</translation></message>
    <message><source>&amp;Language</source><translation>界面语言(&amp;L)</translation></message>
    <message><source>Your coder &amp;name…</source><translation>编码员姓名(&amp;N)…</translation></message>
    <message><source>Open a project to begin.</source><translation>请打开一个项目。</translation></message>
    <message><source> [synthetic demo data]</source><translation> [合成演示数据]</translation></message>
    <message><source>This is the synthetic demo corpus: invented texts that reproduce the published figures.</source><translation>这是合成演示语料：文本为虚构，统计数字与已发表样本一致。</translation></message>
    <message><source>Filter by title, unit, province, region, type…</source><translation>按标题、单位、省份、区域、类别筛选…</translation></message>
    <message><source>Search the full text (教师, 数字素养 …) and press Enter</source><translation>全文检索（如：教师、数字素养），按回车</translation></message>
    <message><source>Most uncertain first</source><translation>最不确定的优先</translation></message>
    <message><source>Highest score first</source><translation>得分最高的优先</translation></message>
    <message><source>Document order</source><translation>按文档顺序</translation></message>
    <message><source>All codes</source><translation>全部编码</translation></message>
    <message><source>Accept (A)</source><translation>接受 (A)</translation></message>
    <message><source>Reject (R)</source><translation>拒绝 (R)</translation></message>
    <message><source>Order</source><translation>排序</translation></message>
    <message><source>Cases</source><translation>案例</translation></message>
    <message><source>Document</source><translation>文档</translation></message>
    <message><source>Review</source><translation>审核</translation></message>
    <message><source>Statistics and charts</source><translation>统计与图表</translation></message>
    <message><source>Codebook</source><translation>编码本</translation></message>
    <message><source>%1 passages in %2 cases</source><translation>%2 个案例中的 %1 个段落</translation></message>
    <message><source>Cancel</source><translation>取消</translation></message>
    <message><source>Importing documents…</source><translation>正在导入文档…</translation></message>
    <message><source>Suggesting codes…</source><translation>正在生成编码建议…</translation></message>
    <message><source>Training the learned coder…</source><translation>正在训练学习型编码器…</translation></message>
    <message><source>The language changes the next time CaseLens starts.</source><translation>界面语言将在下次启动时切换。</translation></message>
    <message><source>Agreement</source><translation>一致性</translation></message>
    <message><source>Import a &amp;folder…</source><translation>导入文件夹(&amp;F)…</translation></message>
    <message><source>&amp;Region scheme</source><translation>区域方案(&amp;R)</translation></message>
    <message><source>Three regions (east, central, west)</source><translation>三大区域（东部、中部、西部）</translation></message>
    <message><source>Four regions (with the north-east)</source><translation>四大区域（含东北）</translation></message>
    <message><source>&amp;LLM endpoint…</source><translation>大模型接口(&amp;L)…</translation></message>
    <message><source>Suggest codes with the LL&amp;M (Settings ▸ LLM endpoint)</source><translation>用大模型建议编码（设置 ▸ 大模型接口）(&amp;M)</translation></message>
    <message><source>&amp;Blind coding session</source><translation>盲编码模式(&amp;B)</translation></message>
    <message><source>Import a REFI-QDA project (.qdpx)…</source><translation>导入 REFI-QDA 项目（.qdpx）…</translation></message>
    <message><source>Export as REFI-QDA project (.qdpx)…</source><translation>导出为 REFI-QDA 项目（.qdpx）…</translation></message>
    <message><source>Blind session: you see only your own codings (%1).</source><translation>盲编码模式：只显示您自己的编码（%1）。</translation></message>
</context>
<context>
    <name>caselens::gui::AgreementView</name>
    <message><source>Compute</source><translation>计算</translation></message>
    <message><source>Code it</source><translation>编码</translation></message>
    <message><source>Omit</source><translation>不编码</translation></message>
    <message><source>Coders</source><translation>编码员</translation></message>
    <message><source>Sample</source><translation>样本</translation></message>
    <message><source>Consensus coder</source><translation>共识编码员</translation></message>
    <message><source>All coded passages</source><translation>全部已编码段落</translation></message>
    <message><source>Code</source><translation>编码</translation></message>
    <message><source>Agreement %</source><translation>一致率 %</translation></message>
    <message><source>Case</source><translation>案例</translation></message>
    <message><source>Passage</source><translation>段落</translation></message>
    <message><source>Yes</source><translation>编码者</translation></message>
    <message><source>No</source><translation>未编码者</translation></message>
    <message><source>Did not</source><translation>未编码</translation></message>
    <message><source>Coded %1</source><translation>编码为 %1</translation></message>
    <message><source>%1 passages · identical codes on %2% · pooled kappa %3 · Krippendorff&apos;s alpha %4 · %5 disagreements</source><translation>%1 个段落 · 编码完全一致 %2% · 合并 kappa %3 · Krippendorff alpha %4 · %5 处分歧</translation></message>
</context>

<context>
    <name>caselens::gui::CasesModel</name>
    <message><source>#</source><translation>编号</translation></message>
    <message><source>Title</source><translation>标题</translation></message>
    <message><source>Submitting unit</source><translation>申报单位</translation></message>
    <message><source>Year</source><translation>年份</translation></message>
    <message><source>Province</source><translation>省份</translation></message>
    <message><source>Region</source><translation>区域</translation></message>
    <message><source>Case type</source><translation>案例类别</translation></message>
    <message><source>Codings</source><translation>编码数</translation></message>
    <message><source>To review</source><translation>待审核</translation></message>
    <message><source>Inferred by CaseLens from the text; edit to confirm or correct.</source><translation>由 CaseLens 从文本推断；可编辑以确认或更正。</translation></message>
</context>
<context>
    <name>caselens::gui::CodebookModel</name>
    <message><source>Code</source><translation>编码</translation></message>
    <message><source>Key</source><translation>快捷键</translation></message>
    <message><source>Coded</source><translation>已编码</translation></message>
    <message><source>Suggested</source><translation>建议</translation></message>
</context>
<context>
    <name>caselens::gui::ReviewQueueModel</name>
    <message><source>Case</source><translation>案例</translation></message>
    <message><source>Suggested code</source><translation>建议编码</translation></message>
    <message><source>Score</source><translation>得分</translation></message>
    <message><source>Engine</source><translation>编码器</translation></message>
    <message><source>Passage</source><translation>段落</translation></message>
</context>
<context>
    <name>caselens::gui::StatsView</name>
    <message><source>Region</source><translation>区域</translation></message>
    <message><source>Year</source><translation>年份</translation></message>
    <message><source>Case type</source><translation>案例类别</translation></message>
    <message><source>Province</source><translation>省份</translation></message>
    <message><source>Overall</source><translation>总体</translation></message>
    <message><source>Coded items</source><translation>编码条目</translation></message>
    <message><source>Cases</source><translation>案例</translation></message>
    <message><source>Percent</source><translation>百分比</translation></message>
    <message><source>Counts</source><translation>计数</translation></message>
    <message><source>Export table…</source><translation>导出表格…</translation></message>
    <message><source>Export chart…</source><translation>导出图表…</translation></message>
    <message><source>Group by</source><translation>分组</translation></message>
    <message><source>Count</source><translation>统计单位</translation></message>
    <message><source>Show</source><translation>显示</translation></message>
</context>
<context>
    <name>caselens::gui::DocumentView</name>
    <message><source>Keys: 1–0 code the selection or passage · A accept · R reject · N next suggestion · J/K next/previous passage</source><translation>快捷键：1–0 为选中文字或当前段落编码 · A 接受 · R 拒绝 · N 下一条建议 · J/K 下/上一段</translation></message>
    <message><source>Passage %1 of %2</source><translation>第 %1 段，共 %2 段</translation></message>
    <message><source>suggested by %1, score %2</source><translation>%1 建议，得分 %2</translation></message>
    <message><source>coded by %1</source><translation>由 %1 编码</translation></message>
</context>
</TS>
