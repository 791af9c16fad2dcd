article = Article.objects.get(pk=1)
me = User.objects.get(pk=2)
if article.like_users.filter(pk=me.pk).exists():
    article.like_users.remove(me)
else:
    article.like_users.add(me)
print(article.title, article.like_users.count())
