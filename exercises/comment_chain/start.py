comments = Comment.objects.order_by('pk')
for comment in comments:
    print(comment.content, '/', comment.article.title, '/', comment.article.user.username)
