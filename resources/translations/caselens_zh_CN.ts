<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/casespage.ui" line="11"/>
        <source>Filter by title, unit, province, region, type…</source>
        <translation>按标题、单位、省份、区域、类别筛选…</translation>
    </message>
    <message>
        <location filename="../../ui/casespage.ui" line="21"/>
        <source>Search the full text (教师, 数字素养 …) and press Enter</source>
        <translation>全文检索（如：教师、数字素养），按回车</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <location filename="../../ui/chartexportdialog.ui" line="6"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.ui" line="14"/>
        <source>Width (mm)</source>
        <translation>宽度（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.ui" line="34"/>
        <source>Height (mm)</source>
        <translation>高度（毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/chartexportdialog.ui" line="54"/>
        <source>Resolution (dpi)</source>
        <translation>分辨率（dpi）</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../ui/codebookpanel.ui" line="39"/>
        <source>New code…</source>
        <translation>新建编码…</translation>
    </message>
    <message>
        <location filename="../../ui/codebookpanel.ui" line="46"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../ui/matrixpage.ui" line="11"/>
        <source>Codes by</source>
        <translation>编码按</translation>
    </message>
    <message>
        <location filename="../../ui/matrixpage.ui" line="19"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/matrixpage.ui" line="24"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/matrixpage.ui" line="29"/>
        <source>Case type</source>
        <translation>案例类别</translation>
    </message>
    <message>
        <location filename="../../ui/matrixpage.ui" line="34"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../ui/matrixpage.ui" line="39"/>
        <source>Case</source>
        <translation>逐个案例</translation>
    </message>
    <message>
        <location filename="../../ui/matrixpage.ui" line="50"/>
        <source>Coded items per cell, shaded by share of the column&apos;s largest; click a cell for its segments.</source>
        <translation>每格为编码条目数，按占该列最大值的比例着色；点击单元格查看其片段。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../../src/core/support/outputfile.cpp" line="52"/>
        <source>No file to write was given.</source>
        <translation>没有指定要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/outputfile.cpp" line="55"/>
        <source>%1 is the file this command reads; writing the output there would destroy it. Choose another name.</source>
        <translation>%1 是本命令读取的文件，把输出写到那里会毁掉它。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/outputfile.cpp" line="59"/>
        <source>%1 belongs to the project %2; choose another name.</source>
        <translation>%1 属于项目 %2，请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/outputfile.cpp" line="65"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是文件夹，请给出文件名。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/outputfile.cpp" line="67"/>
        <source>%1 is not a regular file; give a file name.</source>
        <translation>%1 不是普通文件，请给出文件名。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/outputfile.cpp" line="70"/>
        <source>%1 is a CaseLens project; writing there would replace it. Choose another name (on the command line, --force replaces it).</source>
        <translation>%1 是 CaseLens 项目，写到那里会替换它。请换一个文件名（命令行中加 --force 可替换）。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/outputfile.cpp" line="75"/>
        <source>%1 already exists; choose another name, or add --force to replace it.</source>
        <translation>%1 已存在；请换一个文件名，或加 --force 替换它。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/outputfile.cpp" line="91"/>
        <location filename="../../src/core/support/outputfile.cpp" line="101"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/outputfile.cpp" line="106"/>
        <source>Cannot write %1 (is the disk full?).</source>
        <translation>无法写入 %1（磁盘是否已满？）。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/reviewpage.ui" line="11"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../ui/reviewpage.ui" line="19"/>
        <source>Most uncertain first</source>
        <translation>最不确定的优先</translation>
    </message>
    <message>
        <location filename="../../ui/reviewpage.ui" line="24"/>
        <source>Highest score first</source>
        <translation>得分最高的优先</translation>
    </message>
    <message>
        <location filename="../../ui/reviewpage.ui" line="29"/>
        <source>Document order</source>
        <translation>按文档顺序</translation>
    </message>
    <message>
        <location filename="../../ui/reviewpage.ui" line="44"/>
        <source>Accept (A)</source>
        <translation>接受 (A)</translation>
    </message>
    <message>
        <location filename="../../ui/reviewpage.ui" line="51"/>
        <source>Reject (R)</source>
        <translation>拒绝 (R)</translation>
    </message>
    <message>
        <location filename="../../ui/reviewpage.ui" line="68"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/reviewpage.ui" line="105"/>
        <source>Cases: 1-20, year=2024 …</source>
        <translation>案例：1-20, year=2024 …</translation>
    </message>
    <message>
        <location filename="../../ui/reviewpage.ui" line="145"/>
        <source>Choose a suggestion to read its whole passage and the engine&apos;s reason.</source>
        <translation>选择一条建议，查看完整段落和引擎给出的理由。</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../ui/sampledialog.ui" line="6"/>
        <source>Draw a sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <location filename="../../ui/sampledialog.ui" line="12"/>
        <source>A named random sample for checking agreement. The same seed always draws the same sample, so a colleague can draw it again.</source>
        <translation>用于一致性检验的具名随机样本。相同的种子总是抽出相同的样本，同事可以重新抽出同一样本。</translation>
    </message>
    <message>
        <location filename="../../ui/sampledialog.ui" line="24"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/sampledialog.ui" line="34"/>
        <source>Sample of</source>
        <translation>抽样对象</translation>
    </message>
    <message>
        <location filename="../../ui/sampledialog.ui" line="42"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../ui/sampledialog.ui" line="47"/>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../ui/sampledialog.ui" line="55"/>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/sampledialog.ui" line="75"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../ui/sampledialog.ui" line="94"/>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <location filename="../../ui/sampledialog.ui" line="103"/>
        <source>Keep the proportions of</source>
        <translation>保持比例的字段</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/searchpage.ui" line="11"/>
        <source>Words to find in every case (教师, 数字素养 …), then Enter</source>
        <translation>输入要在全部案例中查找的词（教师、数字素养……），按回车</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <location filename="../../ui/segmentspage.ui" line="11"/>
        <source>Codes (select one or more)</source>
        <translation>编码（可多选）</translation>
    </message>
    <message>
        <location filename="../../ui/segmentspage.ui" line="37"/>
        <source>Coder</source>
        <translation>编码者</translation>
    </message>
    <message>
        <location filename="../../ui/segmentspage.ui" line="50"/>
        <source>All cases</source>
        <translation>全部案例</translation>
    </message>
    <message>
        <location filename="../../ui/segmentspage.ui" line="64"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>caselens::Csv</name>
    <message>
        <location filename="../../src/core/support/csv.cpp" line="73"/>
        <source>A field on line %1 is longer than the limit of %2 characters.</source>
        <translation>第 %1 行有一个字段超过 %2 个字符的上限。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/csv.cpp" line="77"/>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>从第 %1 行开始的带引号字段没有结束。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/csv.cpp" line="83"/>
        <source>The CSV file has no header row.</source>
        <translation>该 CSV 文件没有表头行。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/csv.cpp" line="89"/>
        <source>Row %1 has %2 fields but the header has %3.</source>
        <translation>第 %1 行有 %2 个字段，而表头有 %3 个。</translation>
    </message>
</context>
<context>
    <name>caselens::ZipArchive</name>
    <message>
        <location filename="../../src/core/support/ziparchive.cpp" line="43"/>
        <source>the file is not a complete zip archive (it may be truncated or damaged)</source>
        <translation>该文件不是完整的 zip 压缩包（可能被截断或已损坏）</translation>
    </message>
    <message>
        <location filename="../../src/core/support/ziparchive.cpp" line="74"/>
        <source>the archive has no %1</source>
        <translation>压缩包中没有 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/support/ziparchive.cpp" line="77"/>
        <source>%1 would expand to more than %2 MB</source>
        <translation>%1 解压后将超过 %2 MB</translation>
    </message>
    <message>
        <location filename="../../src/core/support/ziparchive.cpp" line="80"/>
        <source>%1 in the archive cannot be read</source>
        <translation>无法读取压缩包中的 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/support/ziparchive.cpp" line="88"/>
        <source>%1 expands to more than %2 MB</source>
        <translation>%1 解压后超过 %2 MB</translation>
    </message>
    <message>
        <location filename="../../src/core/support/ziparchive.cpp" line="93"/>
        <source>%1 in the archive is damaged</source>
        <translation>压缩包中的 %1 已损坏</translation>
    </message>
    <message>
        <location filename="../../src/core/support/ziparchive.cpp" line="115"/>
        <location filename="../../src/core/support/ziparchive.cpp" line="125"/>
        <location filename="../../src/core/support/ziparchive.cpp" line="128"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/support/ziparchive.cpp" line="136"/>
        <source>Cannot write %1 (the disk may be full).</source>
        <translation>无法写入 %1（磁盘可能已满）。</translation>
    </message>
</context>
<context>
    <name>caselens::analysis::Crosstab</name>
    <message>
        <location filename="../../src/core/analysis/crosstab.cpp" line="50"/>
        <source>Status must be accepted, suggested or all.</source>
        <translation>状态须为 accepted、suggested 或 all。</translation>
    </message>
    <message>
        <location filename="../../src/core/analysis/crosstab.cpp" line="52"/>
        <source>Group by at most two fields (for example region,year).</source>
        <translation>最多按两个字段分组（例如 region,year）。</translation>
    </message>
    <message>
        <location filename="../../src/core/analysis/crosstab.cpp" line="54"/>
        <source>Decimals must be between 0 and 6.</source>
        <translation>小数位数须在 0 到 6 之间。</translation>
    </message>
    <message>
        <location filename="../../src/core/analysis/crosstab.cpp" line="59"/>
        <source>There is no coder called &quot;%1&quot; in this project.</source>
        <translation>本项目中没有名为“%1”的编码者。</translation>
    </message>
</context>
<context>
    <name>caselens::analysis::Grouping</name>
    <message>
        <location filename="../../src/core/analysis/grouping.cpp" line="33"/>
        <source>There is nothing called &quot;%1&quot; to group by: use region, year, type, province, unit, case, none, or an attribute of the documents.</source>
        <translation>没有名为“%1”的分组字段：请使用 region、year、type、province、unit、case、none 或文档的属性。</translation>
    </message>
</context>
<context>
    <name>caselens::codebook::Codebook</name>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="121"/>
        <source>The codebook file is nested more than %1 levels deep, so it is not a codebook.</source>
        <translation>编码表文件嵌套超过 %1 层，不是编码表。</translation>
    </message>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="124"/>
        <source>The codebook file is not valid JSON.</source>
        <translation>编码表文件不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="127"/>
        <source>A codebook file needs a list of &quot;codes&quot;.</source>
        <translation>编码表文件需要一个“codes”列表。</translation>
    </message>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="140"/>
        <source>Every dimension needs a key of its own.</source>
        <translation>每个维度都需要自己的标识。</translation>
    </message>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="146"/>
        <source>The codebook has more than %1 codes.</source>
        <translation>编码表的编码超过 %1 个。</translation>
    </message>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="149"/>
        <source>Every code must be an object.</source>
        <translation>每个编码都必须是一个对象。</translation>
    </message>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="157"/>
        <source>A code has no key.</source>
        <translation>有一个编码没有标识。</translation>
    </message>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="159"/>
        <source>The code key &quot;%1&quot; is used twice.</source>
        <translation>编码标识“%1”用了两次。</translation>
    </message>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="161"/>
        <source>The code &quot;%1&quot; has no name.</source>
        <translation>编码“%1”没有名称。</translation>
    </message>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="171"/>
        <source>The code &quot;%1&quot; names a parent &quot;%2&quot; that is not in the codebook.</source>
        <translation>编码“%1”的上级“%2”不在编码表中。</translation>
    </message>
    <message>
        <location filename="../../src/core/codebook/codebook.cpp" line="175"/>
        <source>The codebook is not valid JSON: %1</source>
        <translation>编码表不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>caselens::coding::CoderFactory</name>
    <message>
        <location filename="../../src/core/coding/coderfactory.cpp" line="30"/>
        <source>There is no coder &quot;%1&quot;: use lexicon, learned or llm.</source>
        <translation>没有名为“%1”的编码器：请使用 lexicon、learned 或 llm。</translation>
    </message>
</context>
<context>
    <name>caselens::coding::Evaluation</name>
    <message>
        <location filename="../../src/core/coding/evaluation.cpp" line="70"/>
        <source>There is no coder called &quot;%1&quot; in this project.</source>
        <translation>本项目中没有名为“%1”的编码者。</translation>
    </message>
</context>
<context>
    <name>caselens::coding::GoldFile</name>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="35"/>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="40"/>
        <source>the line is nested too deeply to be a labelled passage</source>
        <translation>该行嵌套过深，不是标注段落</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="42"/>
        <source>not a JSON object like {&quot;id&quot;: &quot;p1&quot;, &quot;text&quot;: &quot;…&quot;, &quot;codes&quot;: [&quot;student_centered&quot;]}</source>
        <translation>不是形如 {&quot;id&quot;: &quot;p1&quot;, &quot;text&quot;: &quot;…&quot;, &quot;codes&quot;: [&quot;student_centered&quot;]} 的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="49"/>
        <source>the id &quot;%1&quot; was used before</source>
        <translation>id“%1”已用过</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="53"/>
        <source>there is no &quot;text&quot;</source>
        <translation>缺少“text”</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="56"/>
        <source>the text is empty</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="59"/>
        <source>&quot;codes&quot; is missing or not a list (use [] for a passage with no code)</source>
        <translation>缺少“codes”或它不是列表（无编码的段落请用 []）</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="62"/>
        <source>&quot;codes&quot; holds something that is not a code key</source>
        <translation>“codes”中有不是编码键的内容</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="65"/>
        <source>&quot;%1&quot; is not a code of the codebook &quot;%2&quot;</source>
        <translation>“%1”不是编码表“%2”中的编码</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="74"/>
        <source>%1 holds no labelled passages</source>
        <translation>%1 中没有标注段落</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="82"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/goldfile.cpp" line="84"/>
        <source>%1 is larger than 256 MB; split it</source>
        <translation>%1 大于 256 MB，请拆分</translation>
    </message>
</context>
<context>
    <name>caselens::coding::LearnedCoder</name>
    <message>
        <location filename="../../src/core/coding/learnedcoder.cpp" line="146"/>
        <source>There is no coder called &quot;%1&quot; to learn from.</source>
        <translation>没有名为“%1”的编码者可供学习。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/learnedcoder.cpp" line="151"/>
        <source>%1 has no accepted codings in these documents to learn from.</source>
        <translation>%1 在这些文档中没有已接受的编码可供学习。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/learnedcoder.cpp" line="156"/>
        <source>No private folder for training files under %1.</source>
        <translation>无法在 %1 下为训练文件建立私有文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/learnedcoder.cpp" line="170"/>
        <source>Preparing training data</source>
        <translation>正在准备训练数据</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/learnedcoder.cpp" line="260"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/learnedcoder.cpp" line="390"/>
        <source>The trained model could not be read back.</source>
        <translation>训练好的模型无法读回。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/learnedcoder.cpp" line="445"/>
        <source>The learned coder has not been trained in this project yet; run `caselens-cli train` first.</source>
        <translation>本项目尚未训练学习型编码器；请先运行 `caselens-cli train`（或在“编码”菜单中训练）。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/learnedcoder.cpp" line="466"/>
        <source>The stored model cannot be read (%1); train again.</source>
        <translation>保存的模型无法读取（%1）；请重新训练。</translation>
    </message>
</context>
<context>
    <name>caselens::coding::LlmCoder</name>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="80"/>
        <source>The LLM endpoint must be an http(s) URL such as http://127.0.0.1:8080/v1, not &quot;%1&quot;.</source>
        <translation>大模型接口须为 http(s) 地址，例如 http://127.0.0.1:8080/v1，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="83"/>
        <source>%1 is not on this machine, and sending this project&apos;s text there has not been allowed here; nothing was changed. Add --allow-remote to allow it.</source>
        <translation>%1 不在本机上，本机尚未允许把本项目的文本发送到那里；未做任何更改。加 --allow-remote 可允许。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="91"/>
        <source>The LLM model name cannot be empty.</source>
        <translation>大模型名称不能为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="98"/>
        <source>The LLM temperature is a number from 0 to 2, not &quot;%1&quot;.</source>
        <translation>大模型温度须为 0 到 2 之间的数，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="104"/>
        <source>The number of LLM requests in flight is from 1 to 16, not &quot;%1&quot;.</source>
        <translation>同时发出的大模型请求数须为 1 到 16，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="137"/>
        <source>The LLM endpoint must be an http(s) URL.</source>
        <translation>大模型接口须为 http(s) 地址。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="141"/>
        <source>%1 is not on this machine, and sending this project&apos;s text there has not been allowed here. Allow it first (caselens-cli code … --allow-remote, or the LLM settings in the window).</source>
        <translation>%1 不在本机上，本机尚未允许把本项目的文本发送到那里。请先允许（caselens-cli code … --allow-remote，或窗口中的 LLM 设置）。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="339"/>
        <location filename="../../src/core/coding/llmcoder.cpp" line="392"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="396"/>
        <source>the LLM endpoint sent an answer larger than %1 KB, which no coding answer needs; it was dropped</source>
        <translation>LLM 端点返回的答复超过 %1 KB，编码答复不需要这么大，已丢弃</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="400"/>
        <source>the LLM endpoint did not answer within %1 s</source>
        <translation>大模型接口在 %1 秒内没有应答</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="404"/>
        <source>the LLM endpoint redirected the request to %1; CaseLens sends text only to the address you set, so nothing was sent there</source>
        <translation>LLM 端点把请求重定向到 %1；CaseLens 只向您设定的地址发送文本，因此没有向那里发送任何内容</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="406"/>
        <source>another address</source>
        <translation>另一个地址</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="410"/>
        <source>the LLM endpoint answered HTTP %1</source>
        <translation>大模型接口返回 HTTP %1</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="414"/>
        <source>the LLM endpoint could not be reached (%1)</source>
        <translation>无法连接大模型接口（%1）</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="418"/>
        <source>the LLM endpoint refused the request (HTTP %1)</source>
        <translation>大模型接口拒绝了请求（HTTP %1）</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/llmcoder.cpp" line="428"/>
        <source>the LLM answered something that is not the JSON asked for</source>
        <translation>大模型的回答不是所要求的 JSON</translation>
    </message>
</context>
<context>
    <name>caselens::coding::ReviewSimulation</name>
    <message>
        <location filename="../../src/core/coding/reviewsimulation.cpp" line="58"/>
        <source>Passage &quot;%1&quot; has no &quot;doc&quot; field: a learning curve leaves whole documents out, so every line must name its document.</source>
        <translation>段落“%1”没有“doc”字段：学习曲线按整篇文档留出，因此每一行都须注明所属文档。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/reviewsimulation.cpp" line="66"/>
        <source>A learning curve needs labelled passages from at least two documents.</source>
        <translation>学习曲线至少需要来自两篇文档的标注段落。</translation>
    </message>
    <message>
        <location filename="../../src/core/coding/reviewsimulation.cpp" line="84"/>
        <source>Leaving one document out at a time</source>
        <translation>每次留出一篇文档</translation>
    </message>
</context>
<context>
    <name>caselens::demo::DemoGenerator</name>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="191"/>
        <source>申报单位：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="192"/>
        <source>入选年份：%1年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="216"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="221"/>
        <location filename="../../src/core/demo/demogenerator.cpp" line="233"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="245"/>
        <source>The demo can have 1 to 1,000,000 cases.</source>
        <translation>演示项目的案例数须在 1 到 1,000,000 之间。</translation>
    </message>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="246"/>
        <source>智慧教育案例演示项目（合成数据） Smart-education demo (synthetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="250"/>
        <source>Synthetic demo corpus made by CaseLens (seed %1, %2 cases): invented texts whose metadata and gold codings reproduce the published figures of the 987-case smart-education sample. Not real case reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="270"/>
        <source>Writing the demo corpus</source>
        <translation>正在生成演示语料</translation>
    </message>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="285"/>
        <source>synthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="308"/>
        <source>Internal error: a coded demo paragraph has no passage.</source>
        <translation>内部错误：一个已编码的演示段落没有对应段落记录。</translation>
    </message>
    <message>
        <location filename="../../src/core/demo/demogenerator.cpp" line="322"/>
        <source>Stopped on request.</source>
        <translation>已按要求停止。</translation>
    </message>
</context>
<context>
    <name>caselens::exchange::Extension</name>
    <message>
        <location filename="../../src/core/exchange/extension.cpp" line="57"/>
        <source>%1 in the archive could not be read; engines&apos; suggestions come in as codings of the coder named.</source>
        <translation>无法读取归档中的 %1；引擎的建议将作为所署编码者的编码导入。</translation>
    </message>
</context>
<context>
    <name>caselens::exchange::Qdc</name>
    <message>
        <location filename="../../src/core/exchange/qdccodebook.cpp" line="94"/>
        <source>The codebook file is larger than 16 MB.</source>
        <translation>编码表文件大于 16 MB。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdccodebook.cpp" line="108"/>
        <source>The codebook is nested deeper than %1 levels.</source>
        <translation>编码表的嵌套超过 %1 层。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdccodebook.cpp" line="116"/>
        <source>The codebook has more than %1 codes.</source>
        <translation>编码表的编码超过 %1 个。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdccodebook.cpp" line="149"/>
        <source>Set of codes</source>
        <translation>编码组</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdccodebook.cpp" line="160"/>
        <source>The codebook is not well-formed XML (line %1: %2).</source>
        <translation>编码表不是格式正确的 XML（第 %1 行：%2）。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdccodebook.cpp" line="162"/>
        <source>This is not a REFI-QDA codebook (no CodeBook element).</source>
        <translation>这不是 REFI-QDA 编码表（没有 CodeBook 元素）。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdccodebook.cpp" line="170"/>
        <source>Two codes carry the same GUID %1 (the second is &quot;%2&quot;), so their codings cannot be told apart; the file is refused.</source>
        <translation>两个编码使用同一个 GUID %1（第二个是“%2”），它们的编码无法区分；已拒绝该文件。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdccodebook.cpp" line="200"/>
        <source>The codebook holds no codes.</source>
        <translation>编码表中没有编码。</translation>
    </message>
</context>
<context>
    <name>caselens::exchange::Qde</name>
    <message>
        <location filename="../../src/core/exchange/qdeproject.cpp" line="87"/>
        <location filename="../../src/core/exchange/qdeproject.cpp" line="202"/>
        <source>project.qde is nested deeper than %1 levels; it is refused.</source>
        <translation>project.qde 的嵌套超过 %1 层，已拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdeproject.cpp" line="154"/>
        <source>Coding of a whole source</source>
        <translation>整篇来源上的编码</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdeproject.cpp" line="183"/>
        <source>NoteRef on a %1</source>
        <translation>%1 上的备忘录链接</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdeproject.cpp" line="205"/>
        <source>project.qde is not well-formed XML (line %1: %2).</source>
        <translation>project.qde 不是格式正确的 XML（第 %1 行：%2）。</translation>
    </message>
</context>
<context>
    <name>caselens::exchange::QdpxExport</name>
    <message>
        <location filename="../../src/core/exchange/qdpxexport.cpp" line="257"/>
        <source>CaseLens AI suggestion, not reviewed (%1, score %2): %3</source>
        <translation>CaseLens 机器建议，未审核（%1，得分 %2）：%3</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpxexport.cpp" line="337"/>
        <source>%1 memos on codings that are not exported (suggestions or rejected codings) are in the file without a link.</source>
        <translation>%1 条备忘录所附的编码未导出（建议或已拒绝的编码），这些备忘录在文件中没有链接。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpxexport.cpp" line="340"/>
        <source>%1 samples of passages are not exported: REFI-QDA sets hold whole sources.</source>
        <translation>%1 个段落样本未导出：REFI-QDA 的集合只能容纳整篇来源。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpxexport.cpp" line="342"/>
        <source>Suggestions waiting for review are not exported (add --include-suggestions to send them, marked as such).</source>
        <translation>待审核的建议未导出（加 --include-suggestions 可一并导出，并注明为建议）。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpxexport.cpp" line="344"/>
        <source>Other tools show the %1 suggestions as codings with a description saying they are not reviewed; CaseLens reads them back as suggestions.</source>
        <translation>其他软件会把这 %1 条建议显示为编码，并附说明其未经审核；CaseLens 读回时仍是建议。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpxexport.cpp" line="354"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpxexport.cpp" line="356"/>
        <source>Cannot write %1 (the disk may be full).</source>
        <translation>无法写入 %1（磁盘可能已满）。</translation>
    </message>
</context>
<context>
    <name>caselens::exchange::QdpxImport</name>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="43"/>
        <source>The archive has %1 entries, more than the limit of %2.</source>
        <translation>压缩包有 %1 个条目，超过 %2 个的上限。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="49"/>
        <source>The archive holds an entry whose name leaves its folder (%1); it is refused.</source>
        <translation>压缩包中有条目的名称指向包外（%1），已拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="51"/>
        <source>The entry %1 would expand to %2 MB, over the limit.</source>
        <translation>条目 %1 解压后将达 %2 MB，超过上限。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="54"/>
        <source>The archive would expand to more than %1 MB.</source>
        <translation>压缩包解压后将超过 %1 MB。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="160"/>
        <source>The %1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="163"/>
        <source>The %1 is missing from the archive (%2).</source>
        <translation>归档中缺少%1（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="172"/>
        <source>Two sources carry the same GUID %1 (the second is &quot;%2&quot;); the file is refused.</source>
        <translation>两个来源使用同一个 GUID %1（第二个是“%2”）；已拒绝该文件。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="177"/>
        <source>source &quot;%1&quot;</source>
        <translation>来源“%1”</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="181"/>
        <source>its text is outside the archive (%1)</source>
        <translation>其文本在归档之外（%1）</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="198"/>
        <source>it has no text</source>
        <translation>它没有文本</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="198"/>
        <source>it has only a rich-text file (%1), which CaseLens does not read</source>
        <translation>它只有富文本文件（%1），CaseLens 不读取这种文件</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="203"/>
        <source>its text is empty</source>
        <translation>其文本为空</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="314"/>
        <source>Internal error: the text of &quot;%1&quot; changed while being cut into passages.</source>
        <translation>内部错误：“%1”的文本在切分段落时发生了变化。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="444"/>
        <source>note &quot;%1&quot;</source>
        <translation>备注“%1”</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="478"/>
        <source>Set of codes</source>
        <translation>编码组</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="478"/>
        <source>Set of notes</source>
        <translation>备注集合</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="478"/>
        <source>empty Set</source>
        <translation>空集合</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="536"/>
        <source>%1 engine suggestions came back as suggestions waiting for review (from CaseLens&apos;s own entry in the archive).</source>
        <translation>%1 条引擎建议按待审核建议导回（来自归档中 CaseLens 自己的条目）。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="539"/>
        <source>%1 selections were counted in UTF-16 units by the other tool and were converted to characters.</source>
        <translation>%1 处选区由另一工具按 UTF-16 单位计数，已换算为字符。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="541"/>
        <source>%1 selections carry no code; what was said about each went with the coding of the same passage, or became a memo on its case.</source>
        <translation>%1 个选区没有编码；对它们的说明已随同一段落的编码导入，或成为所在案例的备忘录。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="544"/>
        <source>%1 selections lay outside their text or named unknown codes and were skipped.</source>
        <translation>%1 处选区超出文本范围或使用了未知编码，已跳过。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="547"/>
        <source>Source &quot;%1&quot; was not imported: %2.</source>
        <translation>来源“%1”未导入：%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="557"/>
        <source>Description of a case</source>
        <translation>案例说明</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="559"/>
        <source>Not imported (CaseLens has no place for it): %1 × %2.</source>
        <translation>未导入（CaseLens 中没有对应之处）：%1 × %2。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="569"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="571"/>
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 超过 %2 MB 的上限。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="574"/>
        <source>This is not a readable .qdpx archive.</source>
        <translation>这不是可读取的 .qdpx 压缩包。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="579"/>
        <source>The archive has no project.qde (nor one other .qde file at its top), so it is not a REFI-QDA project.</source>
        <translation>归档中没有 project.qde（顶层也没有唯一的其他 .qde 文件），因此不是 REFI-QDA 项目。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="583"/>
        <source>The archive&apos;s project.qde cannot be read: %1</source>
        <translation>无法读取归档中的 project.qde：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="589"/>
        <source>The project&apos;s codebook cannot be read: %1</source>
        <translation>无法读取该项目的编码表：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/qdpximport.cpp" line="599"/>
        <source>%1 in the archive could not be read; engines&apos; suggestions come in as codings of the coder named.</source>
        <translation>无法读取归档中的 %1；引擎的建议将作为所署编码者的编码导入。</translation>
    </message>
</context>
<context>
    <name>caselens::exporting::Table</name>
    <message>
        <location filename="../../src/core/export/table.cpp" line="289"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/export/table.cpp" line="334"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>caselens::gui::AddCodeCommand</name>
    <message>
        <location filename="../../src/gui/commands/editcommands.cpp" line="64"/>
        <source>Add code %1</source>
        <translation>添加编码 %1</translation>
    </message>
</context>
<context>
    <name>caselens::gui::AddCodingCommand</name>
    <message>
        <location filename="../../src/gui/commands/codingcommands.cpp" line="14"/>
        <source>Code %1</source>
        <translation>编码 %1</translation>
    </message>
</context>
<context>
    <name>caselens::gui::AgreementView</name>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="79"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="80"/>
        <source>Code it</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="81"/>
        <source>Omit</source>
        <translation>不编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="82"/>
        <source>Coders</source>
        <translation>编码员</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="83"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="84"/>
        <source>New sample…</source>
        <translation>新建样本…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="85"/>
        <source>Consensus coder</source>
        <translation>共识编码员</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="87"/>
        <location filename="../../src/gui/views/agreementview.cpp" line="116"/>
        <source>All coded passages</source>
        <translation>全部已编码段落</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="89"/>
        <source>Choose two different coders, and a sample to measure on it alone (caselens-cli sample draws one), then Compute. Disagreements are listed below to decide into a consensus coder.</source>
        <translation>请选择两位不同的编码者，如只在样本上计算请选择样本（可用 caselens-cli sample 抽取），然后点“计算”。分歧会列在下方，可逐条裁定到共识编码者。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="130"/>
        <source>Sample &quot;%1&quot; drawn: %2 items.</source>
        <translation>已抽取样本“%1”：%2 项。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="166"/>
        <source>%1 passages in cases either coder coded, %2 in cases both coded (the counts below are of these) · identical codes on %3% · pooled kappa %4 · Krippendorff&apos;s alpha %5 · %6 disagreements</source>
        <translation>任一编码者编码过的案例中共 %1 个段落，其中两人都编码过的案例中 %2 个（下方各计数即针对这些段落）· 编码完全一致 %3% · 合并 kappa %4 · Krippendorff α %5 · 分歧 %6 处</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="175"/>
        <location filename="../../src/gui/views/agreementview.cpp" line="183"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="175"/>
        <source>Agreement %</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="175"/>
        <source>both yes</source>
        <translation>两人都编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="175"/>
        <source>first only</source>
        <translation>仅第一位</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="175"/>
        <source>second only</source>
        <translation>仅第二位</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="175"/>
        <source>both no</source>
        <translation>两人都未编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="183"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="183"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="183"/>
        <source>Yes</source>
        <translation>编码者</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="183"/>
        <source>No</source>
        <translation>未编码者</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="214"/>
        <source>Did not</source>
        <translation>未编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/agreementview.cpp" line="213"/>
        <source>Coded %1</source>
        <translation>编码为 %1</translation>
    </message>
</context>
<context>
    <name>caselens::gui::BackgroundWork</name>
    <message>
        <location filename="../../src/gui/document/backgroundwork.cpp" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>caselens::gui::CaseList</name>
    <message>
        <location filename="../../src/gui/views/caselist.cpp" line="58"/>
        <location filename="../../src/gui/views/caselist.cpp" line="78"/>
        <source>Filter cases…</source>
        <translation>筛选案例…</translation>
    </message>
</context>
<context>
    <name>caselens::gui::CasesModel</name>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="211"/>
        <source>#</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="212"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="213"/>
        <source>Submitting unit</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="214"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="215"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="216"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="217"/>
        <source>Case type</source>
        <translation>案例类别</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="218"/>
        <source>Codings</source>
        <translation>编码数</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="219"/>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="241"/>
        <source>&quot;%1&quot; is not a province of China.</source>
        <translation>“%1”不是中国的省级行政区。</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="191"/>
        <source>Inferred by CaseLens from the text; edit to confirm or correct.</source>
        <translation>由 CaseLens 从文本推断；可编辑以确认或更正。</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/casesmodel.cpp" line="192"/>
        <source>Inferred by CaseLens from %1; edit to confirm or correct.</source>
        <translation>由 CaseLens 据%1推断；可编辑以确认或更正。</translation>
    </message>
</context>
<context>
    <name>caselens::gui::CasesPage</name>
    <message>
        <location filename="../../src/gui/pages/casespage.cpp" line="96"/>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/casespage.cpp" line="109"/>
        <source>%1 passages in %2 cases</source>
        <translation>%2 个案例中的 %1 个段落</translation>
    </message>
</context>
<context>
    <name>caselens::gui::ChartExportDialog</name>
    <message>
        <location filename="../../src/gui/views/chartexportdialog.cpp" line="37"/>
        <source>A PNG of %1 × %2 pixels on white; SVG and PDF at this size are drawn as lines and text.</source>
        <translation>PNG 为 %1 × %2 像素、白色背景；SVG 和 PDF 按此尺寸以矢量线条和文字绘制。</translation>
    </message>
</context>
<context>
    <name>caselens::gui::CodeDialog</name>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="43"/>
        <source>New code</source>
        <translation>新建编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="43"/>
        <source>Edit code &quot;%1&quot;</source>
        <translation>编辑编码“%1”</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="46"/>
        <source>a stable id in Latin letters, e.g. ai_tutoring</source>
        <translation>固定的英文标识，例如 ai_tutoring</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="53"/>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="59"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="66"/>
        <source>Colour of the code</source>
        <translation>编码颜色</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="71"/>
        <source>one term per line: terms that on their own point at this code</source>
        <translation>每行一个词：单独出现即指向该编码的词</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="73"/>
        <source>one term per line: terms that count only together with others</source>
        <translation>每行一个词：须与其他线索同时出现才计入的词</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="75"/>
        <source>your memo on this code: boundary cases, decisions of the team…</source>
        <translation>你对该编码的备忘：边界情形、团队的决定……</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="78"/>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="79"/>
        <source>Name (中文)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="80"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="81"/>
        <source>Definition (中文)</source>
        <translation>定义（中文）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="82"/>
        <source>Definition (English)</source>
        <translation>定义（英文）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="83"/>
        <source>Under</source>
        <translation>所属上级</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="84"/>
        <source>Shortcut key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="85"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="86"/>
        <source>Strong cue terms</source>
        <translation>强线索词</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="87"/>
        <source>Weak cue terms</source>
        <translation>弱线索词</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="88"/>
        <source>Your memo</source>
        <translation>你的备忘</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/codedialog.cpp" line="92"/>
        <source>A code needs a key and a Chinese name.</source>
        <translation>编码需要标识和中文名称。</translation>
    </message>
</context>
<context>
    <name>caselens::gui::CodebookDock</name>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="130"/>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="131"/>
        <source>Retrieve coded segments</source>
        <translation>检索已编码片段</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="132"/>
        <source>Edit code, cue terms and memo…</source>
        <translation>编辑编码、线索词和备忘…</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="133"/>
        <source>Merge into another code…</source>
        <translation>合并到另一个编码…</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="134"/>
        <source>Delete code…</source>
        <translation>删除编码…</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="188"/>
        <source>Edit code %1</source>
        <translation>编辑编码 %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="201"/>
        <source>Merged. A copy of the project from before is at %1</source>
        <translation>已合并。合并前的项目副本保存在 %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="210"/>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="210"/>
        <source>Deleted. A copy of the project from before is at %1</source>
        <translation>已删除。删除前的项目副本保存在 %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="226"/>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="229"/>
        <source>Merge code</source>
        <translation>合并编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="226"/>
        <source>Merge &quot;%1&quot; into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="230"/>
        <source>Every coding of &quot;%1&quot; moves to &quot;%2&quot; and &quot;%1&quot; is removed. This cannot be undone with Undo; a copy of the project is saved first.</source>
        <translation>“%1”的所有编码将移到“%2”，并删除“%1”。此操作无法用“撤销”恢复；执行前会先保存项目副本。</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="247"/>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="252"/>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="261"/>
        <source>Delete code</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="247"/>
        <source>Delete the code &quot;%1&quot;? It has no codings.</source>
        <translation>删除编码“%1”吗？它没有任何编码记录。</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="253"/>
        <source>&quot;%1&quot; has %2 codings and suggestions. What should happen to them? This cannot be undone with Undo; a copy of the project is saved first.</source>
        <translation>“%1”有 %2 条编码和建议。如何处理它们？此操作无法用“撤销”恢复；执行前会先保存项目副本。</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="256"/>
        <source>Move them to another code…</source>
        <translation>移到另一个编码…</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="257"/>
        <source>Delete them too</source>
        <translation>一并删除</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/codebookdock.cpp" line="261"/>
        <source>Move the codings of &quot;%1&quot; to:</source>
        <translation>将“%1”的编码移到：</translation>
    </message>
</context>
<context>
    <name>caselens::gui::CodebookModel</name>
    <message>
        <location filename="../../src/gui/models/codebookmodel.cpp" line="97"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/codebookmodel.cpp" line="98"/>
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/codebookmodel.cpp" line="99"/>
        <source>Coded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/codebookmodel.cpp" line="100"/>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>caselens::gui::CodebookTreeModel</name>
    <message>
        <location filename="../../src/gui/models/codebooktreemodel.cpp" line="116"/>
        <source>Coded with this code itself: %1; with the codes under it: %2</source>
        <translation>本代码自身的编码：%1；连同下级代码：%2</translation>
    </message>
</context>
<context>
    <name>caselens::gui::DecisionCommand</name>
    <message>
        <location filename="../../src/gui/commands/codingcommands.cpp" line="39"/>
        <source>Accept suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location filename="../../src/gui/commands/codingcommands.cpp" line="40"/>
        <source>Reject suggestion</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <location filename="../../src/gui/commands/codingcommands.cpp" line="41"/>
        <source>Change suggestion</source>
        <translation>更改建议</translation>
    </message>
</context>
<context>
    <name>caselens::gui::DistributionChart</name>
    <message>
        <location filename="../../src/gui/charts/distributionchart.cpp" line="226"/>
        <source>Charts are exported as .png, .svg or .pdf.</source>
        <translation>图表可导出为 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <location filename="../../src/gui/charts/distributionchart.cpp" line="345"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>caselens::gui::DocumentView</name>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="58"/>
        <location filename="../../src/gui/views/documentview.cpp" line="130"/>
        <location filename="../../src/gui/views/documentview.cpp" line="184"/>
        <source>Memo on case #%1</source>
        <translation>案例 #%1 的备忘</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="121"/>
        <source>Change suggestion</source>
        <translation>更改建议</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="121"/>
        <source>Code this passage with:</source>
        <translation>将此段落编码为：</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="128"/>
        <source>Keys: 1–0 code the selection or passage · A accept · R reject · N next suggestion · J/K next/previous passage</source>
        <translation>快捷键：1–0 为选中文字或当前段落编码 · A 接受 · R 拒绝 · N 下一条建议 · J/K 下/上一段</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="256"/>
        <source>%1 — suggested by %2, score %3</source>
        <translation>%1 —— %2 的建议，得分 %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="257"/>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="342"/>
        <source>Memo on the coding &quot;%1&quot; by %2</source>
        <translation>%2 的编码“%1”的备忘</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="361"/>
        <source>Passage %1 of %2</source>
        <translation>第 %1 段，共 %2 段</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="361"/>
        <source>memo on the case</source>
        <translation>案例备忘</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="377"/>
        <source>suggested by %1, score %2</source>
        <translation>%1 建议，得分 %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="379"/>
        <source>accepted by %1 (suggested by %2)</source>
        <translation>由 %1 接受（%2 的建议）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="380"/>
        <source>coded by %1</source>
        <translation>由 %1 编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="381"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="390"/>
        <source>Accept (A)</source>
        <translation>接受 (A)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="390"/>
        <source>Reject (R)</source>
        <translation>拒绝 (R)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="390"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="391"/>
        <source>memo</source>
        <translation>备忘</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/documentview.cpp" line="434"/>
        <source>%1: score %2</source>
        <translation>%1：得分 %2</translation>
    </message>
</context>
<context>
    <name>caselens::gui::EditCodeCommand</name>
    <message>
        <location filename="../../src/gui/commands/editcommands.cpp" line="46"/>
        <source>Edit code %1</source>
        <translation>编辑编码 %1</translation>
    </message>
</context>
<context>
    <name>caselens::gui::EditMemoCommand</name>
    <message>
        <location filename="../../src/gui/commands/editcommands.cpp" line="27"/>
        <source>Edit memo</source>
        <translation>编辑备忘</translation>
    </message>
</context>
<context>
    <name>caselens::gui::Help</name>
    <message>
        <location filename="../../src/gui/views/helpdialogs.cpp" line="43"/>
        <source>The user guide is not part of this build.</source>
        <translation>本程序未包含用户指南。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/helpdialogs.cpp" line="44"/>
        <source>CaseLens user guide</source>
        <translation>CaseLens 用户指南</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/helpdialogs.cpp" line="49"/>
        <source>| Key | Where | What it does |
|---|---|---|
| 1 … 9, 0 | Document | code the selection, or the current passage, with the code of that key |
| A / R | Document, Review | accept / reject the current suggestion |
| N | Document | the next passage with a suggestion |
| J / K | Document | the next / previous passage |
| Enter | Cases, Review, Segments, Search | open the case |
| Ctrl+Z / Ctrl+Shift+Z | everywhere | undo / redo a coding, decision, memo or code edit |
| Ctrl+N / Ctrl+O | everywhere | new / open project |
</source>
        <translation>| 按键 | 位置 | 作用 |
|---|---|---|
| 1 … 9、0 | 文档 | 用该键对应的编码标注选中文字或当前段落 |
| A / R | 文档、审核 | 接受 / 拒绝当前建议 |
| N | 文档 | 下一个有建议的段落 |
| J / K | 文档 | 下一个 / 上一个段落 |
| 回车 | 案例、审核、编码片段、检索 | 打开案例 |
| Ctrl+Z / Ctrl+Shift+Z | 任何位置 | 撤销 / 重做编码、决定、备忘录或编码修改 |
| Ctrl+N / Ctrl+O | 任何位置 | 新建 / 打开项目 |
</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/helpdialogs.cpp" line="57"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/helpdialogs.cpp" line="62"/>
        <source>&lt;h3&gt;CaseLens 案例透镜&lt;/h3&gt;&lt;p&gt;Content analysis of case reports: import, coding engines, review, agreement, tables and charts for papers, REFI-QDA exchange.&lt;/p&gt;&lt;table&gt;</source>
        <translation>&lt;h3&gt;CaseLens 案例透镜&lt;/h3&gt;&lt;p&gt;案例报告的内容分析：导入、编码引擎、审核、一致性检验、论文用表格与图表、REFI-QDA 交换。&lt;/p&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/helpdialogs.cpp" line="67"/>
        <source>About CaseLens</source>
        <translation>关于 CaseLens</translation>
    </message>
</context>
<context>
    <name>caselens::gui::LlmSettingsDialog</name>
    <message>
        <location filename="../../src/gui/views/llmsettingsdialog.cpp" line="18"/>
        <source>LLM endpoint</source>
        <translation>大模型接口</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/llmsettingsdialog.cpp" line="20"/>
        <source>%1 is not on this machine. Allow this project to send passage texts there?</source>
        <translation>%1 不在本机。允许本项目把段落文本发送到那里吗？</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/llmsettingsdialog.cpp" line="34"/>
        <source>An OpenAI-compatible endpoint such as a local llama.cpp or Ollama server. Phone numbers, ID numbers and e-mail addresses are masked before a passage is sent; the API key is read from CASELENS_LLM_API_KEY and never stored in the project.</source>
        <translation>兼容 OpenAI 的接口，例如本机的 llama.cpp 或 Ollama 服务。段落发送前会遮蔽电话号码、身份证号和电子邮箱；API 密钥从环境变量 CASELENS_LLM_API_KEY 读取，从不保存在项目中。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/llmsettingsdialog.cpp" line="40"/>
        <source>Endpoint URL</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/llmsettingsdialog.cpp" line="41"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/llmsettingsdialog.cpp" line="42"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/llmsettingsdialog.cpp" line="43"/>
        <source>Requests in flight</source>
        <translation>同时发出的请求数</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/llmsettingsdialog.cpp" line="66"/>
        <source>Passage texts stay on this machine: the endpoint was not changed.</source>
        <translation>段落文本仍只留在本机：接口未更改。</translation>
    </message>
</context>
<context>
    <name>caselens::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="105"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="106"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="107"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="109"/>
        <source>Open &amp;recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="111"/>
        <source>&amp;Import documents…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="119"/>
        <source>Export &amp;table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="124"/>
        <source>Export &amp;chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="125"/>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="128"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="130"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="150"/>
        <source>&amp;Coding</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="151"/>
        <source>Suggest codes with the &amp;lexicon</source>
        <translation>用词表编码器建议编码(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="152"/>
        <source>&amp;Train the learned coder</source>
        <translation>训练学习型编码器(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="154"/>
        <source>Suggest codes with the l&amp;earned coder</source>
        <translation>用学习型编码器建议编码(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="158"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="159"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="193"/>
        <source>Your coder &amp;name…</source>
        <translation>编码员姓名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="57"/>
        <source>Open a project to begin.</source>
        <translation>请打开一个项目。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="540"/>
        <location filename="../../src/gui/views/mainwindow.cpp" line="555"/>
        <source>Import REFI-QDA project</source>
        <translation>导入 REFI-QDA 项目</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="540"/>
        <location filename="../../src/gui/views/mainwindow.cpp" line="562"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="482"/>
        <location filename="../../src/gui/views/mainwindow.cpp" line="543"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="482"/>
        <location filename="../../src/gui/views/mainwindow.cpp" line="530"/>
        <location filename="../../src/gui/views/mainwindow.cpp" line="543"/>
        <location filename="../../src/gui/views/mainwindow.cpp" line="580"/>
        <location filename="../../src/gui/views/mainwindow.cpp" line="596"/>
        <source>CaseLens projects (*.caselens)</source>
        <translation>CaseLens 项目 (*.caselens)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="562"/>
        <source>Export REFI-QDA project</source>
        <translation>导出 REFI-QDA 项目</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="573"/>
        <source>Exported %1 sources and %2 codings to %3</source>
        <translation>已导出 %1 个文档和 %2 条编码到 %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="142"/>
        <source>&amp;New code…</source>
        <translation>新建编码(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="147"/>
        <source>&amp;Edit the selected code…</source>
        <translation>编辑所选编码(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="148"/>
        <source>&amp;Project memo…</source>
        <translation>项目备忘(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="418"/>
        <source>Region scheme set; %1 documents updated.</source>
        <translation>已设置区域划分；更新了 %1 个文档。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="178"/>
        <source>LLM endpoint saved for this project.</source>
        <translation>已为本项目保存大模型接口。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="186"/>
        <location filename="../../src/gui/views/mainwindow.cpp" line="207"/>
        <source>Coder name</source>
        <translation>编码者姓名</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="186"/>
        <source>Your codings and decisions are recorded under:</source>
        <translation>你的编码和审核决定记录在此名下：</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="270"/>
        <source> [synthetic demo data]</source>
        <translation> [合成演示数据]</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="271"/>
        <source>This is the synthetic demo corpus: invented texts that reproduce the published figures.</source>
        <translation>这是合成演示语料：文本为虚构，统计数字与已发表样本一致。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="272"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="222"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="437"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="437"/>
        <source>Metadata read from the texts is marked * in Cases until you confirm it there.</source>
        <translation>从正文推断的元数据在“案例”中以 * 标出，确认后标记消失。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="108"/>
        <source>Open &amp;team project…</source>
        <translation>打开团队项目(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="126"/>
        <source>&amp;Merge a colleague&apos;s project…</source>
        <translation>合并同事的项目(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="194"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="195"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="196"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="197"/>
        <source>&amp;About CaseLens</source>
        <translation>关于 CaseLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="208"/>
        <source>Your codings, decisions and memos are recorded under your name. What is it?</source>
        <translation>您的编码、决定和备忘录都会以您的名字记录。请输入您的名字：</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="222"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="222"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="223"/>
        <source>Statistics and charts</source>
        <translation>统计与图表</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="223"/>
        <source>Segments</source>
        <translation>编码片段</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="223"/>
        <source>Code matrix</source>
        <translation>编码矩阵</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="223"/>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="355"/>
        <source>CaseLens</source>
        <translation>案例透镜 CaseLens</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="509"/>
        <source>Team: connecting…</source>
        <translation>团队：正在连接…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="517"/>
        <source>Open team project</source>
        <translation>打开团队项目</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="518"/>
        <source>The team server&apos;s address, as your lead gave it (postgresql://you@server/database). Your password comes from PGPASSWORD or ~/.pgpass; CaseLens does not keep it.</source>
        <translation>团队服务器地址（由组长提供，形如 postgresql://你的用户名@服务器/数据库）。密码来自 PGPASSWORD 或 ~/.pgpass，CaseLens 不保存密码。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="530"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="580"/>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="589"/>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="431"/>
        <source>Other work is still running; wait for it to finish or cancel it.</source>
        <translation>还有任务在运行；请等它完成或取消。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="596"/>
        <source>Merge a colleague&apos;s project</source>
        <translation>合并同事的项目</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="606"/>
        <source>Merge finished</source>
        <translation>合并完成</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="606"/>
        <source>Undo does not take a merge back; the copy named above does.</source>
        <translation>撤销无法撤回合并；可使用上面所列的项目副本恢复。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="607"/>
        <source>Merging</source>
        <translation>正在合并</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/views/mainwindow.cpp" line="611"/>
        <source>Merged %n project(s); a copy of this project from before is at %1</source>
        <translation>
            <numerusform>已合并 %n 个项目；合并前的项目副本位于 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="615"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="619"/>
        <source>%1: nothing new</source>
        <translation>%1：没有新内容</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="620"/>
        <source>%1: %2 cases, %3 codings, %4 decisions, %5 memos, %6 samples</source>
        <translation>%1：%2 个案例、%3 条编码、%4 项裁决、%5 条备忘录、%6 个样本</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="622"/>
        <source>  conflict: %1</source>
        <translation>  冲突：%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="630"/>
        <location filename="../../src/gui/views/mainwindow.cpp" line="646"/>
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="631"/>
        <source>Case documents (*.txt *.md *.docx *.pdf *.csv *.jsonl)</source>
        <translation>案例文档 (*.txt *.md *.docx *.pdf *.csv *.jsonl)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="638"/>
        <source>Import a folder of case documents</source>
        <translation>导入案例文档所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="647"/>
        <source>Is there a metadata CSV for these documents (a column &quot;file&quot; naming each file, and year, province, type or any other columns)?</source>
        <translation>这些文档有元数据 CSV 吗？（其中“file”列写明每个文件名，另有年份、省份、类型或其他列）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="650"/>
        <source>Metadata CSV</source>
        <translation>元数据 CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="650"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="438"/>
        <source>Importing documents…</source>
        <translation>正在导入文档…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="442"/>
        <source>%1 imported, %2 already present, %3 failed</source>
        <translation>导入 %1 个，已存在 %2 个，失败 %3 个</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="455"/>
        <source>Suggesting codes…</source>
        <translation>正在生成编码建议…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="464"/>
        <source>%1: %2 new suggestions</source>
        <translation>%1：新增 %2 条建议</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="470"/>
        <source>Training the learned coder…</source>
        <translation>正在训练学习型编码器…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="476"/>
        <source>Trained on %1 passages in %2 ms</source>
        <translation>用 %1 个段落训练，耗时 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="402"/>
        <source>Project memo</source>
        <translation>项目备忘</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="402"/>
        <source>Your memo on the project as a whole:</source>
        <translation>你对整个项目的备忘：</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="389"/>
        <source>Language: English</source>
        <translation>界面语言：中文</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="222"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="112"/>
        <source>Import a &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="168"/>
        <source>&amp;Region scheme</source>
        <translation>区域方案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="170"/>
        <source>Three regions (east, central, west)</source>
        <translation>三大区域（东部、中部、西部）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="172"/>
        <source>Four regions (with the north-east)</source>
        <translation>四大区域（含东北）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="180"/>
        <source>&amp;LLM endpoint…</source>
        <translation>大模型接口(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="156"/>
        <source>Suggest codes with the LL&amp;M (Settings ▸ LLM endpoint)</source>
        <translation>用大模型建议编码（设置 ▸ 大模型接口）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="181"/>
        <source>&amp;Blind coding session</source>
        <translation>盲编码模式(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="113"/>
        <source>Import a REFI-QDA project (.qdpx)…</source>
        <translation>导入 REFI-QDA 项目（.qdpx）…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="114"/>
        <source>Export as REFI-QDA project (.qdpx)…</source>
        <translation>导出为 REFI-QDA 项目（.qdpx）…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/mainwindow.cpp" line="371"/>
        <source>Blind session: you see only your own codings (%1).</source>
        <translation>盲编码模式：只显示您自己的编码（%1）。</translation>
    </message>
</context>
<context>
    <name>caselens::gui::MatrixPage</name>
    <message>
        <location filename="../../src/gui/pages/matrixpage.cpp" line="84"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/matrixpage.cpp" line="103"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/matrixpage.cpp" line="115"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>caselens::gui::MemoPanel</name>
    <message>
        <location filename="../../src/gui/views/memopanel.cpp" line="13"/>
        <source>Save memo</source>
        <translation>保存备忘</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/memopanel.cpp" line="17"/>
        <source>Your memo: what you noticed, questions, ideas for the analysis…</source>
        <translation>你的备忘：注意到的问题、疑问、分析思路……</translation>
    </message>
</context>
<context>
    <name>caselens::gui::ProjectDocument</name>
    <message>
        <location filename="../../src/gui/document/projectdocument.cpp" line="22"/>
        <source>Another project is being opened; wait for it.</source>
        <translation>另一个项目正在打开，请稍候。</translation>
    </message>
</context>
<context>
    <name>caselens::gui::ReviewPage</name>
    <message>
        <location filename="../../src/gui/pages/reviewpage.cpp" line="80"/>
        <source>%1 suggests &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt; (score %4).</source>
        <translation>%1 建议编码 &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt;（得分 %4）。</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/reviewpage.cpp" line="86"/>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/reviewpage.cpp" line="97"/>
        <source>All codes</source>
        <translation>全部编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/reviewpage.cpp" line="105"/>
        <source>All engines</source>
        <translation>全部编码器</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/reviewpage.cpp" line="131"/>
        <source>Reading the queue…</source>
        <translation>正在读取审核队列…</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/reviewpage.cpp" line="135"/>
        <source>Nothing is waiting for review here. Let an engine suggest codes first: Coding ▸ Suggest codes with the lexicon (or the learned coder, or an LLM); its suggestions appear here to accept or reject.</source>
        <translation>这里没有待审核的建议。请先让编码引擎给出建议：编码 ▸ 用词典建议编码（或学习型编码器、LLM）；建议会出现在这里供接受或拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/reviewpage.cpp" line="150"/>
        <source>%1 suggestions waiting. By engine: %2. By code: %3.</source>
        <translation>%1 条建议待审核。按引擎：%2。按编码：%3。</translation>
    </message>
</context>
<context>
    <name>caselens::gui::ReviewQueueModel</name>
    <message>
        <location filename="../../src/gui/models/reviewqueuemodel.cpp" line="152"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/reviewqueuemodel.cpp" line="153"/>
        <source>Suggested code</source>
        <translation>建议编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/reviewqueuemodel.cpp" line="154"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/reviewqueuemodel.cpp" line="155"/>
        <source>Engine</source>
        <translation>编码器</translation>
    </message>
    <message>
        <location filename="../../src/gui/models/reviewqueuemodel.cpp" line="156"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
</context>
<context>
    <name>caselens::gui::SampleDialog</name>
    <message>
        <location filename="../../src/gui/views/sampledialog.cpp" line="16"/>
        <source>Nothing (simple random sample)</source>
        <translation>不分层（简单随机抽样）</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/sampledialog.cpp" line="17"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/sampledialog.cpp" line="18"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/sampledialog.cpp" line="19"/>
        <source>Case type</source>
        <translation>案例类型</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/sampledialog.cpp" line="20"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/sampledialog.cpp" line="70"/>
        <source>The same sample from the command line:</source>
        <translation>在命令行中抽取同一样本：</translation>
    </message>
</context>
<context>
    <name>caselens::gui::SearchPage</name>
    <message>
        <location filename="../../src/gui/pages/searchpage.cpp" line="50"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/searchpage.cpp" line="76"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/searchpage.cpp" line="76"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/searchpage.cpp" line="76"/>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/searchpage.cpp" line="86"/>
        <source>%1 passages; the first %2 shown</source>
        <translation>共 %1 个段落；显示前 %2 个</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/searchpage.cpp" line="87"/>
        <source>%1 passages</source>
        <translation>%1 个段落</translation>
    </message>
</context>
<context>
    <name>caselens::gui::SegmentsPage</name>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="54"/>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="142"/>
        <source>Everyone</source>
        <translation>全部编码者</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="72"/>
        <source>Only: %1</source>
        <translation>仅：%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="93"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="110"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="110"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="110"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="110"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="110"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="110"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="110"/>
        <source>Coder</source>
        <translation>编码者</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="110"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="121"/>
        <source>%1 coded passages in %2 cases.</source>
        <translation>%2 个案例中的 %1 个已编码段落。</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="123"/>
        <source>Choose one or more codes on the left.</source>
        <translation>请在左侧选择一个或多个编码。</translation>
    </message>
    <message>
        <location filename="../../src/gui/pages/segmentspage.cpp" line="135"/>
        <source>Export segments</source>
        <translation>导出片段</translation>
    </message>
</context>
<context>
    <name>caselens::gui::StatsView</name>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="87"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="87"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="87"/>
        <source>Case type</source>
        <translation>案例类别</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="87"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="87"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="90"/>
        <source>Coded items</source>
        <translation>编码条目</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="91"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="92"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="93"/>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="94"/>
        <source>accepted codings</source>
        <translation>已接受的编码</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="95"/>
        <source>suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="96"/>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="98"/>
        <location filename="../../src/gui/views/statsview.cpp" line="145"/>
        <source>of every coder</source>
        <translation>全部编码者</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="99"/>
        <source>Counting</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="103"/>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="104"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="100"/>
        <source>Group by</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="101"/>
        <source>Count</source>
        <translation>统计单位</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="102"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="157"/>
        <source>Blind session: you have no codings yet.</source>
        <translation>盲编会话：您还没有编码。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="158"/>
        <source>%1 has no codings counted here.</source>
        <translation>%1 在此口径下没有编码。</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="201"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="213"/>
        <location filename="../../src/gui/views/statsview.cpp" line="217"/>
        <location filename="../../src/gui/views/statsview.cpp" line="222"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="213"/>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/statsview.cpp" line="222"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>caselens::gui::TableExport</name>
    <message>
        <location filename="../../src/gui/views/tableexportdialog.cpp" line="24"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;LaTeX (*.tex);;Markdown (*.md);;HTML (*.html);;JSON (*.json)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;LaTeX (*.tex);;Markdown (*.md);;HTML (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/gui/views/tableexportdialog.cpp" line="29"/>
        <source>Choose a file ending in .xlsx, .csv, .tex, .md, .html or .json.</source>
        <translation>请选择以 .xlsx、.csv、.tex、.md、.html 或 .json 结尾的文件。</translation>
    </message>
</context>
<context>
    <name>caselens::gui::TeamLink</name>
    <message numerus="yes">
        <location filename="../../src/gui/document/teamlink.cpp" line="129"/>
        <source>Team: online; %n step(s) the server refused stay in your copy</source>
        <translation>
            <numerusform>团队：已连接；服务器拒绝的 %n 个步骤保留在你的副本中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/document/teamlink.cpp" line="129"/>
        <source>Team: online</source>
        <translation>团队：已连接</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/document/teamlink.cpp" line="130"/>
        <source>Team: offline; %n step(s) of yours waiting, sent when the server answers</source>
        <translation>
            <numerusform>团队：离线；你的 %n 个步骤在等待，服务器恢复后发送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselens::import::CodebookFile</name>
    <message>
        <location filename="../../src/core/import/codebookfile.cpp" line="24"/>
        <source>Cannot read the codebook %1: %2.</source>
        <translation>无法读取编码表 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/import/codebookfile.cpp" line="26"/>
        <source>%1 is larger than 32 MB, which no codebook is.</source>
        <translation>%1 大于 32 MB，不可能是编码表。</translation>
    </message>
    <message>
        <location filename="../../src/core/import/codebookfile.cpp" line="37"/>
        <source>The codebook holds no codes.</source>
        <translation>编码表中没有编码。</translation>
    </message>
    <message>
        <location filename="../../src/core/import/codebookfile.cpp" line="46"/>
        <source>Not imported (a codebook has no place for it): %1 × %2.</source>
        <translation>未导入（编码表中没有对应之处）：%1 × %2。</translation>
    </message>
</context>
<context>
    <name>caselens::import::CorpusImporter</name>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="72"/>
        <source>the corpus has no text column &quot;%1&quot; (columns: %2); name it with --text-column</source>
        <translation>语料中没有文本列“%1”（现有列：%2）；请用 --text-column 指定</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="77"/>
        <source>the corpus has no id column &quot;%1&quot;</source>
        <translation>语料中没有编号列“%1”</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="88"/>
        <source>the corpus has no column &quot;%1&quot; for %2</source>
        <translation>语料中没有用于 %2 的列“%1”</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="99"/>
        <source>the row has no text</source>
        <translation>该行没有文本</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="129"/>
        <source>the CSV corpus cannot be read: %1</source>
        <translation>无法读取 CSV 语料：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="141"/>
        <source>the line is too long</source>
        <translation>该行太长</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="148"/>
        <source>the line is nested more than %1 levels deep</source>
        <translation>该行嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="157"/>
        <source>the line is not a JSON object</source>
        <translation>该行不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="152"/>
        <location filename="../../src/core/import/corpusimporter.cpp" line="180"/>
        <source>the line is not valid JSON</source>
        <translation>该行不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="36"/>
        <source>&quot;%1&quot; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="43"/>
        <source>&quot;%1&quot; is not a province of China</source>
        <translation>“%1”不是中国的省级行政区</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="53"/>
        <source>&quot;%1&quot; is not a case type</source>
        <translation>“%1”不是案例类型</translation>
    </message>
    <message>
        <location filename="../../src/core/import/corpusimporter.cpp" line="191"/>
        <source>no line of the JSONL corpus could be read (%1)</source>
        <translation>JSONL 语料中没有一行可以读取（%1）</translation>
    </message>
</context>
<context>
    <name>caselens::import::DocumentBuilder</name>
    <message>
        <location filename="../../src/core/import/documentbuilder.cpp" line="25"/>
        <source>repaired %1 punctuation marks that a PDF font had mapped to Han characters (遥→。 袁→， …)</source>
        <translation>修复了 %1 个被 PDF 字体映射成汉字的标点（遥→。 袁→， …）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/import/documentbuilder.cpp" line="46"/>
        <source>%n line(s) of page clutter (navigation, prompts, image names, counters) kept in the text but not made passages</source>
        <translation>
            <numerusform>%n 行页面杂项（导航、提示、图片名、计数）保留在正文中，但不作为段落</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselens::import::DocxImporter</name>
    <message>
        <location filename="../../src/core/import/docximporter.cpp" line="71"/>
        <source>the document&apos;s XML is nested deeper than %1 levels</source>
        <translation>文档的 XML 嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../../src/core/import/docximporter.cpp" line="185"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../src/core/import/docximporter.cpp" line="188"/>
        <location filename="../../src/core/import/docximporter.cpp" line="191"/>
        <location filename="../../src/core/import/docximporter.cpp" line="216"/>
        <source>this .docx cannot be read: %1</source>
        <translation>无法读取这个 .docx：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/docximporter.cpp" line="274"/>
        <source>this .docx is damaged: its text is not well-formed XML (%1)</source>
        <translation>这个 .docx 已损坏：其正文不是格式正确的 XML（%1）</translation>
    </message>
    <message>
        <location filename="../../src/core/import/docximporter.cpp" line="277"/>
        <source>the .docx holds no text</source>
        <translation>这个 .docx 没有文本</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/import/docximporter.cpp" line="279"/>
        <source>%n table(s) read cell by cell</source>
        <translation>
            <numerusform>%n 个表格按单元格读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselens::import::Encoding</name>
    <message>
        <location filename="../../src/core/import/encoding.cpp" line="107"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../src/core/import/encoding.cpp" line="112"/>
        <source>the file says it is UTF-8 but has invalid bytes at offset %1</source>
        <translation>文件声明为 UTF-8，但在偏移 %1 处有无效字节</translation>
    </message>
    <message>
        <location filename="../../src/core/import/encoding.cpp" line="118"/>
        <source>the file is UTF-16 but cut off in the middle of a character</source>
        <translation>文件是 UTF-16 编码，但在一个字符中间被截断</translation>
    </message>
    <message>
        <location filename="../../src/core/import/encoding.cpp" line="121"/>
        <source>the file is UTF-16 but holds invalid characters</source>
        <translation>文件是 UTF-16 编码，但含有无效字符</translation>
    </message>
    <message>
        <location filename="../../src/core/import/encoding.cpp" line="125"/>
        <source>this is a binary file, not text</source>
        <translation>这是二进制文件，不是文本</translation>
    </message>
    <message>
        <location filename="../../src/core/import/encoding.cpp" line="133"/>
        <source>the file is UTF-8 with invalid bytes (the first at offset %1)</source>
        <translation>文件是 UTF-8 编码但含有无效字节（第一个在偏移 %1 处）</translation>
    </message>
    <message>
        <location filename="../../src/core/import/encoding.cpp" line="161"/>
        <source>the text is not UTF-8, UTF-16, GB18030 or Big5 (first unreadable byte at offset %1)</source>
        <translation>文本不是 UTF-8、UTF-16、GB18030 或 Big5 编码（第一个无法读取的字节在偏移 %1 处）</translation>
    </message>
</context>
<context>
    <name>caselens::import::ImportJob</name>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="252"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="267"/>
        <source>metadata file: %1</source>
        <translation>元数据文件：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="274"/>
        <source>no text is left after cleaning</source>
        <translation>清理后没有剩下文本</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="354"/>
        <source>not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="374"/>
        <source>already in the project as document %1</source>
        <translation>已作为文档 %1 存在于项目中</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="362"/>
        <source>The disk is full; the import stopped after %1 documents. Everything imported so far is kept; free some space and run the import again to finish.</source>
        <translation>磁盘已满；导入在 %1 个文档后停止。已导入的内容都已保存；请腾出空间后再次导入以完成。</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="365"/>
        <source>The project stayed locked by another program; the import stopped after %1 documents.</source>
        <translation>项目一直被另一个程序锁定；导入在 %1 个文档后停止。</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="288"/>
        <source>there is no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="46"/>
        <source>The metadata file %1 cannot be read: %2.</source>
        <translation>无法读取元数据文件 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="49"/>
        <source>The metadata file %1 is not valid CSV: %2</source>
        <translation>元数据文件 %1 不是有效的 CSV：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="58"/>
        <source>The metadata file %1 needs a column &quot;file&quot; naming each document&apos;s file.</source>
        <translation>元数据文件 %1 需要一列“file”，写明每个文档的文件名。</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="246"/>
        <source>the name is not valid UTF-8, so it cannot be opened by name; rename it (for example with convmv) and import again</source>
        <translation>文件名不是有效的 UTF-8，无法按名称打开；请重命名（例如用 convmv）后再导入</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="292"/>
        <source>the file is %1 MB, over the limit of %2 MB for one document</source>
        <translation>文件大小为 %1 MB，超过单个文档 %2 MB 的上限</translation>
    </message>
    <message>
        <location filename="../../src/core/import/importjob.cpp" line="299"/>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>caselens::import::MetadataInference</name>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="122"/>
        <location filename="../../src/core/import/metadatainference.cpp" line="259"/>
        <source>labelled field %1</source>
        <translation>标注字段 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="129"/>
        <source>date line %1</source>
        <translation>日期行 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="136"/>
        <source>the year the report names as its own, %1</source>
        <translation>报告自述的年份 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="144"/>
        <source>the first year the report speaks of, %1</source>
        <translation>报告提到的第一个年份 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="147"/>
        <source>the newest document the report cites was issued in %1</source>
        <translation>报告引用的最新文件发布于 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="149"/>
        <location filename="../../src/core/import/metadatainference.cpp" line="340"/>
        <source>the file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="195"/>
        <source>the unit field “%1”</source>
        <translation>单位字段“%1”</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="197"/>
        <source>the title %1</source>
        <translation>标题 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="199"/>
        <source>the unit “%1”</source>
        <translation>单位“%1”</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="204"/>
        <source>the byline %1</source>
        <translation>署名 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="233"/>
        <source>places named in the text, first %1</source>
        <translation>正文中提到的地名，首个为 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="236"/>
        <source>the regional shorthand in %1</source>
        <translation>%1 中的地区简称</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="287"/>
        <source>a short line naming a place and a practice</source>
        <translation>一行点明地点与做法的短句</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="338"/>
        <source>the first line</source>
        <translation>第一行</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="348"/>
        <source>a labelled field or a line naming an institution</source>
        <translation>标注字段或点明机构的一行</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="367"/>
        <source>the province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../src/core/import/metadatainference.cpp" line="372"/>
        <source>words of the title and unit</source>
        <translation>标题和单位中的词语</translation>
    </message>
</context>
<context>
    <name>caselens::import::PdfImporter</name>
    <message>
        <location filename="../../src/core/import/pdfimporter.cpp" line="143"/>
        <source>dropped %1 repeated page header/footer lines</source>
        <translation>删去了 %1 行重复的页眉/页脚</translation>
    </message>
    <message>
        <location filename="../../src/core/import/pdfimporter.cpp" line="145"/>
        <source>dropped %1 page numbers</source>
        <translation>删去了 %1 个页码</translation>
    </message>
    <message>
        <location filename="../../src/core/import/pdfimporter.cpp" line="147"/>
        <source>joined %1 hard-wrapped lines</source>
        <translation>合并了 %1 处硬换行</translation>
    </message>
    <message>
        <location filename="../../src/core/import/pdfimporter.cpp" line="155"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../src/core/import/pdfimporter.cpp" line="157"/>
        <source>this is not a PDF file</source>
        <translation>这不是 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../src/core/import/pdfimporter.cpp" line="167"/>
        <source>this PDF is damaged or cannot be read</source>
        <translation>这个 PDF 已损坏或无法读取</translation>
    </message>
    <message>
        <location filename="../../src/core/import/pdfimporter.cpp" line="169"/>
        <source>this PDF is protected by a password</source>
        <translation>这个 PDF 有密码保护</translation>
    </message>
    <message>
        <location filename="../../src/core/import/pdfimporter.cpp" line="185"/>
        <source>the PDF has no text layer (a scan needs OCR first)</source>
        <translation>这个 PDF 没有文本层（扫描件需要先做 OCR）</translation>
    </message>
</context>
<context>
    <name>caselens::import::TextImporter</name>
    <message>
        <location filename="../../src/core/import/textimporter.cpp" line="49"/>
        <source>a line is longer than %1 characters; this does not look like a case report</source>
        <translation>有一行超过 %1 个字符；这不像是案例报告</translation>
    </message>
    <message>
        <location filename="../../src/core/import/textimporter.cpp" line="53"/>
        <source>the file holds no text</source>
        <translation>文件中没有文本</translation>
    </message>
    <message>
        <location filename="../../src/core/import/textimporter.cpp" line="55"/>
        <source>read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
</context>
<context>
    <name>caselens::metadata::RegionScheme</name>
    <message>
        <location filename="../../src/core/metadata/regionscheme.cpp" line="24"/>
        <source>There is no built-in region scheme called &quot;%1&quot; (choose three or four).</source>
        <translation>没有名为“%1”的内置区域划分（请选择 three 或 four）。</translation>
    </message>
    <message>
        <location filename="../../src/core/metadata/regionscheme.cpp" line="38"/>
        <source>A region scheme needs an &quot;id&quot; and a list of &quot;regions&quot;.</source>
        <translation>区域划分需要“id”和“regions”列表。</translation>
    </message>
    <message>
        <location filename="../../src/core/metadata/regionscheme.cpp" line="42"/>
        <source>Every region needs an &quot;id&quot; and a list of &quot;provinces&quot;.</source>
        <translation>每个区域都需要“id”和“provinces”列表。</translation>
    </message>
    <message>
        <location filename="../../src/core/metadata/regionscheme.cpp" line="45"/>
        <source>Province ids must be strings.</source>
        <translation>省份标识必须是字符串。</translation>
    </message>
    <message>
        <location filename="../../src/core/metadata/regionscheme.cpp" line="52"/>
        <source>The region scheme is not valid JSON: %1</source>
        <translation>区域划分不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>caselens::review::Adjudication</name>
    <message>
        <location filename="../../src/core/review/adjudication.cpp" line="27"/>
        <source>Adjudicate two coders at a time.</source>
        <translation>每次裁定两位编码者。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/adjudication.cpp" line="29"/>
        <source>The consensus coder must be a new name, not one of the coders.</source>
        <translation>共识编码者须使用新名称，不能是参与的编码者之一。</translation>
    </message>
</context>
<context>
    <name>caselens::review::Agreement</name>
    <message>
        <location filename="../../src/core/review/agreement.cpp" line="103"/>
        <source>Agreement needs at least two coders.</source>
        <translation>一致性检验至少需要两位编码者。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/agreement.cpp" line="105"/>
        <source>The unit is passage or document.</source>
        <translation>单位须为 passage 或 document。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/agreement.cpp" line="111"/>
        <source>There is no coder called &quot;%1&quot; in this project.</source>
        <translation>本项目中没有名为“%1”的编码者。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/agreement.cpp" line="125"/>
        <source>There is no sample called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的样本。</translation>
    </message>
</context>
<context>
    <name>caselens::review::ReviewService</name>
    <message>
        <location filename="../../src/core/review/reviewservice.cpp" line="25"/>
        <source>There is no coding %1.</source>
        <translation>没有编码记录 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/reviewservice.cpp" line="54"/>
        <source>There is no code &quot;%1&quot;.</source>
        <translation>没有编码“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/reviewservice.cpp" line="82"/>
        <source>Only its own coder can delete a coding; suggestions are rejected instead.</source>
        <translation>只有编码者本人能删除编码；机器建议请改为拒绝。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/reviewservice.cpp" line="115"/>
        <source>Coding %1 is %2, not %3.</source>
        <translation>编码记录 %1 的状态是 %2，不是 %3。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/reviewservice.cpp" line="140"/>
        <source>Coding %1 is %2; only a suggestion can be changed.</source>
        <translation>编码记录 %1 的状态是 %2；只有建议可以更改。</translation>
    </message>
</context>
<context>
    <name>caselens::review::Sampler</name>
    <message>
        <location filename="../../src/core/review/sampler.cpp" line="22"/>
        <source>A sample needs a name.</source>
        <translation>样本需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/sampler.cpp" line="24"/>
        <source>A sample needs at least one item.</source>
        <translation>样本至少需要一项。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/sampler.cpp" line="26"/>
        <source>The sample unit is document or passage.</source>
        <translation>样本单位须为 document 或 passage。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/sampler.cpp" line="28"/>
        <source>Stratify by region, year, type or province.</source>
        <translation>请按 region、year、type 或 province 分层。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/sampler.cpp" line="40"/>
        <source>The project has only %1 items to sample from.</source>
        <translation>项目中只有 %1 项可供抽样。</translation>
    </message>
    <message>
        <location filename="../../src/core/review/sampler.cpp" line="54"/>
        <source>A sample called &quot;%1&quot; already exists; choose another name.</source>
        <translation>名为“%1”的样本已存在；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>caselens::store</name>
    <message>
        <location filename="../../src/core/store/database.cpp" line="209"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/store/database.cpp" line="320"/>
        <source>No transaction is open.</source>
        <translation>没有打开的事务。</translation>
    </message>
</context>
<context>
    <name>caselens::store::CodeStore</name>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="160"/>
        <source>A code needs a key and a name.</source>
        <translation>编码需要键和名称。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="163"/>
        <source>There is already a code &quot;%1&quot;.</source>
        <translation>已有编码“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="165"/>
        <location filename="../../src/core/store/codestore.cpp" line="198"/>
        <source>There is no code &quot;%1&quot; to put it under.</source>
        <translation>没有可作为上级的编码“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="191"/>
        <location filename="../../src/core/store/codestore.cpp" line="271"/>
        <source>There is no code &quot;%1&quot;.</source>
        <translation>没有编码“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="196"/>
        <source>A code cannot be put under itself or one of its own children.</source>
        <translation>编码不能放在自身或其下级编码之下。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="203"/>
        <source>The shortcut %1 already belongs to &quot;%2&quot;; give it up there first.</source>
        <translation>快捷键 %1 已属于“%2”，请先在那里取消。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="207"/>
        <source>A code&apos;s colour is written #RRGGBB, not &quot;%1&quot;.</source>
        <translation>编码颜色应写作 #RRGGBB，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="229"/>
        <source>Both codes of a merge must exist.</source>
        <translation>合并的两个编码都必须存在。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="231"/>
        <source>A code cannot be merged into itself.</source>
        <translation>编码不能合并到自身。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="276"/>
        <source>&quot;%1&quot; has %2 codes under it; move or delete them first.</source>
        <translation>“%1”下有 %2 个编码，请先移走或删除它们。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/codestore.cpp" line="278"/>
        <source>&quot;%1&quot; has %2 codings. Say whether to delete them or move them to another code.</source>
        <translation>“%1”有 %2 条编码。请说明是删除它们还是移到另一个编码。</translation>
    </message>
</context>
<context>
    <name>caselens::store::CodedSegments</name>
    <message>
        <location filename="../../src/core/store/codedsegments.cpp" line="26"/>
        <source>Status must be accepted, suggested or all.</source>
        <translation>状态须为 accepted、suggested 或 all。</translation>
    </message>
</context>
<context>
    <name>caselens::store::CodingCounts</name>
    <message>
        <location filename="../../src/core/store/codingcounts.cpp" line="41"/>
        <source>Status must be accepted, suggested or all.</source>
        <translation>状态须为 accepted、suggested 或 all。</translation>
    </message>
</context>
<context>
    <name>caselens::store::Database</name>
    <message>
        <location filename="../../src/core/store/database.cpp" line="14"/>
        <source>the project cannot be written: its file or its folder is read-only, so nothing was changed</source>
        <translation>项目无法写入：其文件或所在文件夹为只读，因此未做任何更改</translation>
    </message>
</context>
<context>
    <name>caselens::store::DocumentFilter</name>
    <message>
        <location filename="../../src/core/store/documentfilter.cpp" line="25"/>
        <source>&quot;%1&quot; is not a document number or range (use 3 or 5-9).</source>
        <translation>“%1”不是文档编号或范围（请写 3 或 5-9）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/documentfilter.cpp" line="31"/>
        <source>&quot;%1&quot; is not ATTR=VALUE (for example year=2024).</source>
        <translation>“%1”不是 属性=值 的形式（例如 year=2024）。</translation>
    </message>
</context>
<context>
    <name>caselens::store::DocumentStore</name>
    <message>
        <location filename="../../src/core/store/documentstore.cpp" line="90"/>
        <source>The project is busy</source>
        <translation>项目正忙</translation>
    </message>
    <message>
        <location filename="../../src/core/store/documentstore.cpp" line="224"/>
        <location filename="../../src/core/store/documentstore.cpp" line="243"/>
        <source>There is no document %1 in this project.</source>
        <translation>本项目中没有文档 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/documentstore.cpp" line="317"/>
        <source>&quot;%1&quot; is not a case type (use regional_development, school_practice, research_outcome or solution).</source>
        <translation>“%1”不是案例类型（请使用 regional_development、school_practice、research_outcome 或 solution）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/documentstore.cpp" line="325"/>
        <source>&quot;%1&quot; is not a province of China (give a name such as 湖北 or an id such as hubei).</source>
        <translation>“%1”不是中国的省级行政区（请给出如“湖北”的名称或如 hubei 的标识）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/documentstore.cpp" line="337"/>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
</context>
<context>
    <name>caselens::store::IntegrityCheck</name>
    <message>
        <location filename="../../src/core/store/integritycheck.cpp" line="23"/>
        <source>The check could not run (%1).</source>
        <translation>检查无法运行（%1）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/integritycheck.cpp" line="29"/>
        <source>The check could not finish (%1).</source>
        <translation>检查无法完成（%1）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/integritycheck.cpp" line="33"/>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/store/integritycheck.cpp" line="36"/>
        <source>Row %1 of %2 points at a missing row of %3.</source>
        <translation>%2 的第 %1 行指向 %3 中不存在的行。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/integritycheck.cpp" line="39"/>
        <source>Document %1 has no passages.</source>
        <translation>文档 %1 没有段落。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/integritycheck.cpp" line="42"/>
        <source>Passage %1 lies outside document %2.</source>
        <translation>段落 %1 超出文档 %2 的范围。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/integritycheck.cpp" line="45"/>
        <source>Coding %1 lies outside document %2.</source>
        <translation>编码记录 %1 超出文档 %2 的范围。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/integritycheck.cpp" line="47"/>
        <source>Coding %1 uses a dimension, which cannot be applied.</source>
        <translation>编码记录 %1 使用了维度，而维度不能用于编码。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/integritycheck.cpp" line="51"/>
        <source>The audit log has lost its append-only guard.</source>
        <translation>审计日志失去了只可追加的保护。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/integritycheck.cpp" line="56"/>
        <source>%1 audit log entries are out of time order.</source>
        <translation>有 %1 条审计日志不按时间顺序。</translation>
    </message>
</context>
<context>
    <name>caselens::store::MemoStore</name>
    <message>
        <location filename="../../src/core/store/memostore.cpp" line="136"/>
        <source>There is no %1 %2 to write a memo on.</source>
        <translation>没有可写备忘的 %1 %2。</translation>
    </message>
</context>
<context>
    <name>caselens::store::Project</name>
    <message>
        <location filename="../../src/core/store/project.cpp" line="100"/>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 已存在；请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/newproject.cpp" line="20"/>
        <location filename="../../src/core/store/project.cpp" line="81"/>
        <location filename="../../src/core/store/project.cpp" line="103"/>
        <location filename="../../src/core/store/project.cpp" line="109"/>
        <source>Cannot create the project %1: %2</source>
        <translation>无法创建项目 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="155"/>
        <source>There is no project at %1.</source>
        <translation>%1 处没有项目。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="161"/>
        <location filename="../../src/core/store/project.cpp" line="170"/>
        <source>%1 is not a CaseLens project.</source>
        <translation>%1 不是 CaseLens 项目。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="193"/>
        <source>%1 is a SQLite database but not a CaseLens project.</source>
        <translation>%1 是 SQLite 数据库，但不是 CaseLens 项目。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="197"/>
        <source>%1 was made by a newer version of CaseLens (project format %2; this version reads up to %3). Update CaseLens to open it.</source>
        <translation>%1 由更新版本的 CaseLens 创建（项目格式 %2；本版本最高读取 %3）。请升级 CaseLens 后再打开。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="165"/>
        <location filename="../../src/core/store/project.cpp" line="185"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="46"/>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>这个 SQLite 库不支持全文检索（FTS5）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="157"/>
        <source>%1 is not a file, so it cannot be a CaseLens project.</source>
        <translation>%1 不是文件，不可能是 CaseLens 项目。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="159"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation>无法读取 %1：权限不足。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="172"/>
        <source>%1 cannot be opened: the file or its folder is read-only (a project needs to write beside itself even to be read). Copy it somewhere writable, or change its permissions.</source>
        <translation>无法打开 %1：文件或其所在文件夹为只读（项目即使只读取也需要在旁边写入）。请复制到可写位置，或修改其权限。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="177"/>
        <source>%1 cannot be opened: the disk is full. Free some space and try again.</source>
        <translation>无法打开 %1：磁盘已满。请释放空间后重试。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="179"/>
        <source>%1 is busy in another program; try again in a moment.</source>
        <translation>%1 正被其他程序使用，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="181"/>
        <source>%1 is damaged (%2), so nothing was read from or written to it. `caselens-cli check --repair %1` saves what can still be read into a new project.</source>
        <translation>%1 已损坏（%2），因此没有从中读取或向其写入任何内容。`caselens-cli check --repair %1` 可把仍可读取的内容保存到新项目中。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="213"/>
        <source>%1 is damaged where it keeps its table definitions (%2), so nothing in it can be read, not even by --repair. Use your latest backup of it (caselens-cli backup, or the .bak copies CaseLens makes beside a project before changing its format).</source>
        <translation>%1 保存表定义的部分已损坏（%2），其中任何内容都无法读取，--repair 也不行。请使用最近的备份（caselens-cli backup，或 CaseLens 在更改项目格式前在旁边生成的 .bak 副本）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="240"/>
        <source>%1 needs upgrading, but the backup before the upgrade failed: %2</source>
        <translation>%1 需要升级，但升级前的备份失败：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="242"/>
        <source>%1 could not be upgraded (a backup is at %2): %3</source>
        <translation>%1 升级失败（备份在 %2）：%3</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="256"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>本版本缺少迁移 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="261"/>
        <source>Migration %1 failed: %2</source>
        <translation>迁移 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="312"/>
        <source>Cannot write the copy %1.</source>
        <translation>无法写入副本 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="319"/>
        <source>Cannot copy the project: %1</source>
        <translation>无法复制项目：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/store/project.cpp" line="333"/>
        <source>Copying the project failed: %1</source>
        <translation>复制项目失败：%1</translation>
    </message>
</context>
<context>
    <name>caselens::store::Salvage</name>
    <message>
        <location filename="../../src/core/store/salvage.cpp" line="80"/>
        <source>Salvaging into %1 failed: %2</source>
        <translation>抢救到 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/store/salvage.cpp" line="131"/>
        <source>%1: rows on damaged pages could not be read (%2 gap(s)).</source>
        <translation>%1：损坏页上的行无法读取（%2 处缺口）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/salvage.cpp" line="152"/>
        <source>document %1 (%2): its text was damaged; import its source again.</source>
        <translation>文档 %1（%2）：正文已损坏，请重新导入其来源文件。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/salvage.cpp" line="193"/>
        <source>%1 row(s) pointing at lost rows were left out.</source>
        <translation>%1 行指向已丢失的行，已略去。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/salvage.cpp" line="195"/>
        <source>%1 row(s) lost what they pointed at (a code its parent code) and were kept without it.</source>
        <translation>%1 行失去了所指对象（如编码的上级编码），已保留但不含该指向。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/salvage.cpp" line="207"/>
        <source>document %1 (%2): its passages were damaged; import its source again.</source>
        <translation>文档 %1（%2）：段落已损坏，请重新导入其来源文件。</translation>
    </message>
</context>
<context>
    <name>caselens::store::SearchIndex</name>
    <message>
        <location filename="../../src/core/store/searchindex.cpp" line="43"/>
        <source>The search has no words or characters to look for.</source>
        <translation>检索中没有可查找的词或字。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/searchindex.cpp" line="59"/>
        <source>The search index cannot answer (%1); `caselens-cli check --repair` rebuilds it.</source>
        <translation>搜索索引无法应答（%1）；`caselens-cli check --repair` 可重建它。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/searchindex.cpp" line="196"/>
        <source>The search index is damaged (%1); `caselens-cli check --repair` rebuilds it.</source>
        <translation>搜索索引已损坏（%1）；`caselens-cli check --repair` 可重建它。</translation>
    </message>
</context>
<context>
    <name>caselens::store::server::PgConnection</name>
    <message>
        <location filename="../../src/core/store/server/pgconnection.cpp" line="92"/>
        <source>Cannot reach the team server at %1: %2</source>
        <translation>无法连接团队服务器 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/pgconnection.cpp" line="111"/>
        <location filename="../../src/core/store/server/pgconnection.cpp" line="117"/>
        <source>The connection to the team server was lost; nothing of this step was saved.</source>
        <translation>与团队服务器的连接已断开，此步骤未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/pgconnection.cpp" line="115"/>
        <source>The team server does not allow %1 to do this (%2).</source>
        <translation>团队服务器不允许 %1 执行此操作（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/pgconnection.cpp" line="119"/>
        <source>%1: it is there already (%2).</source>
        <translation>%1：已经存在（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/pgconnection.cpp" line="121"/>
        <source>The team server is busy with another person&apos;s change; try again (%1).</source>
        <translation>团队服务器正在处理他人的修改，请重试（%1）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/pgconnection.cpp" line="122"/>
        <source>The team server refused %1: %2</source>
        <translation>团队服务器拒绝了 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/pgconnection.cpp" line="152"/>
        <source>the schema</source>
        <translation>数据库结构</translation>
    </message>
</context>
<context>
    <name>caselens::store::server::TeamServer</name>
    <message>
        <location filename="../../src/core/store/server/teamserver.cpp" line="177"/>
        <source>%1 already holds a project; publish into an empty database (createdb), or open it.</source>
        <translation>%1 中已有项目；请发布到空数据库（createdb），或直接打开它。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamserver.cpp" line="187"/>
        <source>Publishing to %1 failed, and nothing was left there: %2</source>
        <translation>发布到 %1 失败，服务器上未留下任何内容：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamserver.cpp" line="212"/>
        <source>the team rules are missing from this build</source>
        <translation>本程序缺少团队规则文件</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamserver.cpp" line="239"/>
        <source>Copying %1 into %2 failed, and no file was left: %3</source>
        <translation>把 %1 复制到 %2 失败，未留下文件：%3</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamserver.cpp" line="315"/>
        <source>%1 rows point at rows the server did not give.</source>
        <translation>%1 行引用了服务器未提供的行。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamserver.cpp" line="333"/>
        <source>%1 holds no CaseLens project (%2).</source>
        <translation>%1 中没有 CaseLens 项目（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamserver.cpp" line="361"/>
        <source>&quot;%1&quot; cannot be a member&apos;s name: use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>“%1”不能作为成员名：请使用字母、数字、“_”、“.”或“-”。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamserver.cpp" line="405"/>
        <source>Only the team&apos;s lead can turn the blind session on or off.</source>
        <translation>只有团队组长可以开启或关闭盲编会话。</translation>
    </message>
</context>
<context>
    <name>caselens::store::server::TeamSession</name>
    <message>
        <location filename="../../src/core/store/server/teamsession.cpp" line="40"/>
        <source>%1 holds no CaseLens team project (%2).</source>
        <translation>%1 中没有 CaseLens 团队项目（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamsession.cpp" line="42"/>
        <source>%1 is not a member of the team at %2; the lead adds members (caselens-cli team add-member).</source>
        <translation>%1 不是 %2 团队的成员；成员由组长添加（caselens-cli team add-member）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamsession.cpp" line="110"/>
        <source>There is no code &quot;%1&quot; to code with.</source>
        <translation>没有可用于编码的代码“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamsession.cpp" line="118"/>
        <source>A coding must cover at least one character.</source>
        <translation>编码至少要覆盖一个字符。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamsession.cpp" line="135"/>
        <source>There is no case #%1.</source>
        <translation>没有案例 #%1。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamsession.cpp" line="137"/>
        <source>Case #%1 has only %2 characters.</source>
        <translation>案例 #%1 只有 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamsession.cpp" line="173"/>
        <source>There is no suggestion #%1 that you may read.</source>
        <translation>没有你可以读取的建议 #%1。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamsession.cpp" line="177"/>
        <source>Only reviewers decide suggestions; %1 is a coder on this team.</source>
        <translation>只有审核员可以裁决建议；%1 在本团队中是编码员。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamsession.cpp" line="178"/>
        <source>Suggestion #%1 was decided already (%2).</source>
        <translation>建议 #%1 已被裁决（%2）。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/server/teamsession.cpp" line="191"/>
        <source>The team server has no suggestion %1 that you may read.</source>
        <translation>团队服务器上没有你可以读取的建议 %1。</translation>
    </message>
</context>
<context>
    <name>caselens::team::ProjectMerge</name>
    <message>
        <location filename="../../src/core/team/projectmerge.cpp" line="102"/>
        <source>The code &quot;%1&quot; is defined differently in the two copies (there: &quot;%2&quot;); this project&apos;s definition is kept.</source>
        <translation>编码“%1”在两份副本中的定义不同（另一份为“%2”）；保留本项目的定义。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/projectmerge.cpp" line="158"/>
        <source>Case #%1 &quot;%2&quot;: %3 is &quot;%4&quot; here and &quot;%5&quot; there; this project&apos;s is kept.</source>
        <translation>案例 #%1“%2”：%3 在本项目为“%4”，在另一份为“%5”；保留本项目的值。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/codingmerge.cpp" line="56"/>
        <source>Case #%1: the suggestion %2 of %3 was %4 here (by %5) and %6 there (by %7); the later decision, %8, stands.</source>
        <translation>案例 #%1：%3 的建议 %2 在本项目为 %4（%5 决定），在另一份为 %6（%7 决定）；以较晚的决定 %8 为准。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/codingmerge.cpp" line="79"/>
        <source>The code &quot;%1&quot; of a coding in %2 is not in this project.</source>
        <translation>%2 中某条编码使用的编码“%1”不在本项目中。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/memomerge.cpp" line="25"/>
        <source>%1&apos;s memo &quot;%2…&quot; was changed in both copies; the later text is kept.</source>
        <translation>%1 的备忘录“%2…”在两份副本中都改过；保留较晚的文本。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/memomerge.cpp" line="34"/>
        <source>%1&apos;s memo &quot;%2…&quot; is about something this project does not have; it is kept on the project.</source>
        <translation>%1 的备忘录“%2…”所针对的对象本项目中没有；已作为项目备忘录保留。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/projectmerge.cpp" line="303"/>
        <source>The sample &quot;%1&quot; holds other items in the two copies; this project&apos;s is kept.</source>
        <translation>样本“%1”在两份副本中的成员不同；保留本项目的样本。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/projectmerge.cpp" line="350"/>
        <source>%1 is the project being merged into; name a colleague&apos;s copy.</source>
        <translation>%1 就是要合并进去的项目；请指定同事的副本。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/projectmerge.cpp" line="362"/>
        <source>Merging %1 failed, and nothing was changed: %2</source>
        <translation>合并 %1 失败，未做任何更改：%2</translation>
    </message>
</context>
<context>
    <name>caselens::team::WorkingCopy</name>
    <message>
        <location filename="../../src/core/team/workingcopy.cpp" line="166"/>
        <source>&quot;%1&quot; is not a team server&apos;s address; it starts with postgresql://.</source>
        <translation>“%1”不是团队服务器地址；地址以 postgresql:// 开头。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/workingcopy.cpp" line="178"/>
        <location filename="../../src/core/team/workingcopy.cpp" line="188"/>
        <source>%1 is in the way of the team project&apos;s working copy; move it elsewhere.</source>
        <translation>%1 占用了团队项目工作副本的位置；请把它移到别处。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/workingcopy.cpp" line="193"/>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/workingcopy.cpp" line="239"/>
        <source>This copy was made from another project than the one at this address (published again?); it sends nothing there.</source>
        <translation>此副本来自该地址上另一个项目（是否重新发布过？），不会向其发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/workingcopy.cpp" line="242"/>
        <source>This copy belongs to %1; %2 cannot send its work.</source>
        <translation>此副本属于 %1；%2 不能发送其中的工作。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/workingcopy.cpp" line="316"/>
        <source>Your memo &quot;%1…&quot; is about something the team server does not have.</source>
        <translation>您的备忘录“%1…”所指的对象在团队服务器上不存在。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/workingcopy.cpp" line="399"/>
        <source>There is no room for a temporary file to receive the team&apos;s work.</source>
        <translation>没有空间存放接收团队工作所需的临时文件。</translation>
    </message>
    <message>
        <location filename="../../src/core/team/workingcopy.cpp" line="451"/>
        <location filename="../../src/core/team/workingcopy.cpp" line="462"/>
        <source>Case #%1 of the team server is not in this copy.</source>
        <translation>团队服务器上的案例 #%1 不在此副本中。</translation>
    </message>
</context>
</TS>
